package com.careercompare.occupation;

/** A visitor asked for an occupation (or category) that the site does not have: a 404, never a 500. */
public class OccupationNotFoundException extends RuntimeException {

	private final String slug;

	public OccupationNotFoundException(String slug) {
		super("No occupation or category with the slug '" + slug + "'");
		this.slug = slug;
	}

	/** What the visitor asked for, to be shown back to them (escaped). */
	public String getSlug() {
		return this.slug;
	}

}
