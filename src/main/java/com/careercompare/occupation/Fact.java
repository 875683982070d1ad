package com.careercompare.occupation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careercompare.occupation.OccupationProfile.Pay;
import com.careercompare.occupation.OccupationProfile.Share;
import com.careercompare.text.Figures;

import static com.careercompare.occupation.FactTable.DEMOGRAPHICS;
import static com.careercompare.occupation.FactTable.EDUCATION;
import static com.careercompare.occupation.FactTable.OVERVIEW;
import static com.careercompare.occupation.FactTable.SALARY;

/**
 * The rows the public pages show, each declared once: its label as the source pages write
 * it, how its value is read from an occupation and written, the table of the occupation's
 * own page it is in, and the tables of comparison pages it is in. Each table lists its
 * rows in the order they are declared here.
 */
public enum Fact {

	YEARLY_SALARY("Yearly salary", (p) -> FactValue.of(Figures.dollars(p.pay().yearlySalary())), OVERVIEW, OVERVIEW),

	HOURLY_RATE("Hourly rate", (p) -> FactValue.of(Figures.dollarsAndCents(p.pay().hourlyRate())), OVERVIEW, OVERVIEW),

	GROWTH_RATE(Fields.GROWTH_RATE_PCT, OVERVIEW, OVERVIEW),

	NUMBER_OF_JOBS(Fields.JOB_OPENINGS, OVERVIEW, OVERVIEW),

	JOB_SATISFACTION(Fields.JOB_SATISFACTION, (p) -> FactValue.ofNullable(p.jobSatisfaction(), Figures::rating),
			OVERVIEW, OVERVIEW),

	MOST_COMMON_DEGREE(Fields.MOST_COMMON_DEGREE, Fact::degree, EDUCATION, OVERVIEW, EDUCATION),

	AVERAGE_AGE(Fields.AVERAGE_AGE, DEMOGRAPHICS, OVERVIEW, DEMOGRAPHICS),

	YEARS_OF_EXPERIENCE(Fields.YEARS_OF_EXPERIENCE, OVERVIEW, OVERVIEW),

	TIME_TO_BECOME("Time to become one", (p) -> FactValue.ofNullable(p.timeToBecome(),
			(time) -> Figures.monthsRange(time.minMonths(), time.maxMonths())), OVERVIEW),

	AVERAGE_SALARY("Average salary", (p) -> FactValue.of(Figures.dollars(p.pay().yearlySalary())), null, SALARY),

	SALARY_RANGE("Salary range", Fact::salaryRange, SALARY, SALARY),

	HIGHEST_PAYING_CITY(Fields.HIGHEST_PAYING_CITY, SALARY, SALARY),

	HIGHEST_PAYING_STATE(Fields.HIGHEST_PAYING_STATE, SALARY, SALARY),

	BEST_PAYING_COMPANY(Fields.BEST_PAYING_COMPANY, SALARY, SALARY),

	BEST_PAYING_INDUSTRY(Fields.BEST_PAYING_INDUSTRY, SALARY, SALARY),

	MOST_COMMON_MAJOR(Fields.MOST_COMMON_MAJOR, EDUCATION, EDUCATION),

	MOST_COMMON_COLLEGE(Fields.MOST_COMMON_COLLEGE, EDUCATION, EDUCATION),

	GENDER_RATIO("Gender ratio", (p) -> shares(p.demographics().gender()), DEMOGRAPHICS, DEMOGRAPHICS),

	RACE_RATIO("Race ratio", (p) -> shares(p.demographics().race()), DEMOGRAPHICS, DEMOGRAPHICS),

	LGBT_PERCENTAGE(Fields.LGBT_PCT, DEMOGRAPHICS, DEMOGRAPHICS);

	private static final Map<String, Fact> BY_LABEL = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(Fact::label, Function.identity()));

	private final String label;

	private final Function<OccupationProfile, FactValue> value;

	private final FactTable onOccupationPage;

	private final List<FactTable> onComparisonPages;

	Fact(String label, Function<OccupationProfile, FactValue> value, FactTable onOccupationPage,
			FactTable... onComparisonPages) {
		this.label = label;
		this.value = value;
		this.onOccupationPage = onOccupationPage;
		this.onComparisonPages = List.of(onComparisonPages);
	}

	/** A field's value, written as the form writes it, under another label than the field's. */
	<T> Fact(String label, Field<T> field, FactTable onOccupationPage, FactTable... onComparisonPages) {
		this(label, (p) -> FactValue.ofNullable(p.get(field), field::write), onOccupationPage, onComparisonPages);
	}

	/** A field's value under the field's label, written as the form writes it. */
	<T> Fact(Field<T> field, FactTable onOccupationPage, FactTable... onComparisonPages) {
		this(field.label(), field, onOccupationPage, onComparisonPages);
	}

	/** A field's value under the field's label, written in a way of its own. */
	Fact(Field<?> field, Function<OccupationProfile, FactValue> value, FactTable onOccupationPage,
			FactTable... onComparisonPages) {
		this(field.label(), value, onOccupationPage, onComparisonPages);
	}

	public String label() {
		return this.label;
	}

	public FactValue valueOf(OccupationProfile profile) {
		return this.value.apply(profile);
	}

	/** Whether an occupation's own page shows this fact in this table (each fact once). */
	boolean isOnOccupationPageIn(FactTable table) {
		return this.onOccupationPage == table;
	}

	boolean isOnComparisonPagesIn(FactTable table) {
		return this.onComparisonPages.contains(table);
	}

	/**
	 * What kind of number the fact is, so that pages can rank occupations by it and give the
	 * gap between two; {@code null} for facts that are not numbers (names, ranges, ratios).
	 */
	public Quantity quantity() {
		return switch (this) {
			case YEARLY_SALARY, AVERAGE_SALARY -> Quantity.DOLLARS;
			case HOURLY_RATE -> Quantity.CENTS;
			case GROWTH_RATE, LGBT_PERCENTAGE -> Quantity.PERCENT;
			case NUMBER_OF_JOBS -> Quantity.COUNT;
			case JOB_SATISFACTION -> Quantity.RATING;
			case AVERAGE_AGE, YEARS_OF_EXPERIENCE -> Quantity.YEARS;
			default -> null;
		};
	}

	/** The fact as a number, when it is one ({@link #quantity()}) and known; {@code null} otherwise. */
	public BigDecimal numberOf(OccupationProfile profile) {
		return switch (this) {
			case YEARLY_SALARY, AVERAGE_SALARY -> BigDecimal.valueOf(profile.pay().yearlySalary());
			case HOURLY_RATE -> profile.pay().hourlyRate();
			case GROWTH_RATE -> number(profile.growthRatePct());
			case LGBT_PERCENTAGE -> number(profile.demographics().lgbtPct());
			case NUMBER_OF_JOBS -> number(profile.jobOpenings());
			case JOB_SATISFACTION -> profile.jobSatisfaction();
			case AVERAGE_AGE -> number(profile.demographics().averageAge());
			case YEARS_OF_EXPERIENCE -> number(profile.yearsOfExperience());
			default -> null;
		};
	}

	public static Optional<Fact> byLabel(String label) {
		return Optional.ofNullable(BY_LABEL.get(label));
	}

	private static BigDecimal number(Integer value) {
		return (value != null) ? BigDecimal.valueOf(value) : null;
	}

	private static FactValue degree(OccupationProfile profile) {
		String degree = profile.education().degree();
		Integer pct = profile.education().degreePct();
		if (degree == null) {
			return FactValue.UNKNOWN;
		}
		return FactValue.of((pct != null) ? degree + ", " + Figures.percent(pct) : degree);
	}

	private static FactValue salaryRange(OccupationProfile profile) {
		Pay pay = profile.pay();
		if (!pay.hasRange()) {
			return FactValue.UNKNOWN;
		}
		return FactValue.of("Between " + Figures.dollars(pay.rangeLow()) + " And " + Figures.dollars(pay.rangeHigh()));
	}

	private static FactValue shares(List<Share> shares) {
		if (shares.isEmpty()) {
			return FactValue.UNKNOWN;
		}
		return new FactValue(
				shares.stream().map((share) -> share.group() + ", " + Figures.percentOneDecimal(share.pct())).toList());
	}

}
