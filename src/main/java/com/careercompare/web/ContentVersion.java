package com.careercompare.web;

import java.time.Instant;

/** Which state of the site's content a page shows; a page is the same while this is. */
public interface ContentVersion {

	long number();

	Instant changedAt();

}
