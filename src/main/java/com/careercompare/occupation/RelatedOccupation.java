package com.careercompare.occupation;

import com.careercompare.web.Paths;

/**
 * An occupation related to another, with what makes it related: the skills both list, the
 * same category, and its pay. See {@link OccupationCatalog#related}.
 *
 * @param sharedSkills how many of the other occupation's skills this one lists too
 * @param sameCategory whether both are in the same category
 */
public record RelatedOccupation(String title, String slug, int sharedSkills, boolean sameCategory,
		int yearlySalary) {

	public String path() {
		return Paths.occupation(this.slug);
	}

}
