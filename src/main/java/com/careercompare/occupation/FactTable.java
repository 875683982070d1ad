package com.careercompare.occupation;

import java.util.Arrays;
import java.util.List;

/**
 * The tables of facts, in page order: the source pages' four tables of a comparison, and
 * the sections of an occupation's own page. Which facts each holds is declared by
 * {@link Fact}.
 */
public enum FactTable {

	OVERVIEW("overview", "Overview"), SALARY("salary", "Salary"), EDUCATION("education", "Education"),
	DEMOGRAPHICS("demographics", "Demographics");

	private final String id;

	private final String heading;

	FactTable(String id, String heading) {
		this.id = id;
		this.heading = heading;
	}

	/** The id of the table's section on the pages. */
	public String id() {
		return this.id;
	}

	/** The heading of the table on an occupation's own page. */
	public String heading() {
		return this.heading;
	}

	/** The rows of this table on comparison pages, in the source pages' order. */
	public List<Fact> facts() {
		return Arrays.stream(Fact.values()).filter((fact) -> fact.isOnComparisonPagesIn(this)).toList();
	}

	/** The rows of this table on an occupation's own page, where each fact is shown once. */
	public List<Fact> factsOnOccupationPage() {
		return Arrays.stream(Fact.values()).filter((fact) -> fact.isOnOccupationPageIn(this)).toList();
	}

}
