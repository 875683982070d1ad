package com.careercompare.occupation;

import com.careercompare.web.Paths;

/** Two occupations to compare, in the order their comparison page shows them. */
public record OccupationPair(String firstTitle, String firstSlug, String secondTitle, String secondSlug) {

	public String title() {
		return this.firstTitle + " vs " + this.secondTitle;
	}

	public String path() {
		return Paths.comparison(this.firstSlug, this.secondSlug);
	}

}
