package com.careercompare.occupation;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

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
		return Rows.ON_COMPARISON_PAGES.get(this);
	}

	/** The rows of this table on an occupation's own page, where each fact is shown once. */
	public List<Fact> factsOnOccupationPage() {
		return Rows.ON_OCCUPATION_PAGES.get(this);
	}

	/** Worked out once, on first use: the facts name their tables, so they are read after both enums exist. */
	private static final class Rows {

		static final Map<FactTable, List<Fact>> ON_COMPARISON_PAGES = rows(Fact::isOnComparisonPagesIn);

		static final Map<FactTable, List<Fact>> ON_OCCUPATION_PAGES = rows(Fact::isOnOccupationPageIn);

		private static Map<FactTable, List<Fact>> rows(BiPredicate<Fact, FactTable> isIn) {
			Map<FactTable, List<Fact>> rows = new EnumMap<>(FactTable.class);
			for (FactTable table : values()) {
				rows.put(table, Arrays.stream(Fact.values()).filter((fact) -> isIn.test(fact, table)).toList());
			}
			return rows;
		}

	}

}
