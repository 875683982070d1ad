package com.careercompare.occupation;

import java.time.Instant;

import com.careercompare.text.Figures;
import com.careercompare.web.Paths;

/** What lists of occupations show: the title, its address and the average pay. */
public record OccupationSummary(String title, String slug, int yearlySalary, String categoryName,
		String categorySlug, Instant updatedAt) {

	public String path() {
		return Paths.occupation(this.slug);
	}

	/** The average yearly salary as the pages write it: {@code $43,251}. */
	public String averageSalary() {
		return Figures.dollars(this.yearlySalary);
	}

}
