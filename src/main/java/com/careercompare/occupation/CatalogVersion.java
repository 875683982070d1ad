package com.careercompare.occupation;

import java.time.Instant;

/**
 * Which state of the catalog a page shows: the number goes up with every change to
 * anything the public pages show (database triggers keep it).
 */
public record CatalogVersion(long number, Instant changedAt) {
}
