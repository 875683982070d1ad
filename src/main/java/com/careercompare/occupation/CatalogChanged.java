package com.careercompare.occupation;

/**
 * Published when a change to the catalog is being saved. Once it commits, this instance
 * reads the catalog's new version at once (see {@link CatalogVersions}); other instances
 * learn of it from PostgreSQL's notification.
 */
/** @param slug the occupation changed, or {@code null} for a change to many (an import) */
public record CatalogChanged(String slug) {
}
