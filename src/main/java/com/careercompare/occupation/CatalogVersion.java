package com.careercompare.occupation;

import java.time.Instant;

import com.careercompare.web.ContentVersion;

/**
 * Which state of the catalog a page shows: the number goes up with every change to
 * anything the public pages show (database triggers keep it). Controllers take it as a
 * parameter; it is read once per request.
 */
public record CatalogVersion(long number, Instant changedAt) implements ContentVersion {
}
