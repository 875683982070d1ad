package com.careercompare.occupation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careercompare.occupation.Field.Section;
import com.careercompare.occupation.data.Category;
import com.careercompare.occupation.data.Occupation;
import com.careercompare.text.Figures;
import com.careercompare.web.Slugs;

import static com.careercompare.occupation.Field.COUNT;
import static com.careercompare.occupation.Field.DATE;
import static com.careercompare.occupation.Field.DECIMAL;
import static com.careercompare.occupation.Field.DOLLARS;
import static com.careercompare.occupation.Field.NAME;
import static com.careercompare.occupation.Field.PERCENT;
import static com.careercompare.occupation.Field.TEXT;
import static com.careercompare.occupation.Field.WHOLE_NUMBER;

/**
 * Every single-valued fact of an occupation, declared once, in the order the admin form
 * shows them. The limits are the database's (see {@code V1__create_schema.sql}). The public
 * pages show these facts through {@link Fact}; the lists (skills, responsibilities,
 * demographic shares, alternate titles) are the occupation's own.
 */
public final class Fields {

	private static final int MAX_SALARY = 100_000_000;

	public static final Field<String> TITLE = Field.of(NAME, "title", "Title")
		.in(Section.ABOUT)
		.hint("Its address follows the title; old addresses redirect to the new one.")
		.required("Enter the title.")
		.maxLength(120, "Keep the title to 120 characters or fewer.")
		.rule((title) -> !Slugs.of(title).isEmpty(), "The title needs at least one letter or digit.")
		.read(Occupation::getTitle);

	public static final Field<String> CATEGORY = Field.of(NAME, "category", "Category")
		.in(Section.ABOUT)
		.hint("Choose one from the list or type a new one.")
		.required("Enter the category.")
		.maxLength(100, "Keep the category to 100 characters or fewer.")
		.rule((name) -> !Slugs.of(name).isEmpty(), "The category needs at least one letter or digit.")
		.read((occupation) -> occupation.getCategory().getName());

	public static final Field<String> DESCRIPTION = Field.of(TEXT, "description", "Description")
		.in(Section.ABOUT)
		.lines(6)
		.required("Enter a description.")
		.maxLength(5000, "Keep the description to 5,000 characters or fewer.")
		.stored(Occupation::getDescription, Occupation::setDescription);

	public static final Field<Integer> MONTHS_TO_BECOME_MIN = months("monthsToBecomeMin", "at least", "6")
		.stored(Occupation::getMonthsToBecomeMin, Occupation::setMonthsToBecomeMin);

	public static final Field<Integer> MONTHS_TO_BECOME_MAX = months("monthsToBecomeMax", "at most", "12")
		.stored(Occupation::getMonthsToBecomeMax, Occupation::setMonthsToBecomeMax);

	public static final Field<Integer> YEARS_OF_EXPERIENCE = Field
		.of(WHOLE_NUMBER, "yearsOfExperience", "Years of experience")
		.in(Section.OVERVIEW)
		.typed("Enter a whole number of years, such as 12.")
		.rule((years) -> years >= 0, "Enter 0 years or more.")
		.rule((years) -> years <= 80, "Enter 80 years or fewer.")
		.stored(Occupation::getYearsOfExperience, Occupation::setYearsOfExperience);

	public static final Field<Integer> GROWTH_RATE_PCT = Field.of(PERCENT, "growthRatePct", "Growth rate")
		.in(Section.OVERVIEW)
		.unit("%")
		.hint("Over ten years; negative for decline, such as -8%.")
		.typed("Enter a whole percentage, such as -8 or 5%.")
		.rule((pct) -> pct >= -100, "Enter -100% or more.")
		.rule((pct) -> pct <= 1000, "Enter 1,000% or less.")
		.stored(Occupation::getGrowthRatePct, Occupation::setGrowthRatePct);

	public static final Field<Integer> JOB_OPENINGS = Field.of(COUNT, "jobOpenings", "Number of jobs")
		.in(Section.OVERVIEW)
		.hint("Open job postings.")
		.typed("Enter a whole number, such as 7596 or 7,596.")
		.rule((count) -> count >= 0, "The number of jobs cannot be negative.")
		.stored(Occupation::getJobOpenings, Occupation::setJobOpenings);

	public static final Field<BigDecimal> JOB_SATISFACTION = Field.of(DECIMAL, "jobSatisfaction", "Job satisfaction")
		.in(Section.OVERVIEW)
		.unit("0 to 5")
		.typed("Enter a rating from 0 to 5, such as 3.67.")
		.rule((rating) -> rating.signum() >= 0 && rating.compareTo(BigDecimal.valueOf(5)) <= 0,
				"Enter a rating from 0 to 5.")
		.rule((rating) -> Math.max(rating.stripTrailingZeros().scale(), 0) <= 2,
				"Enter a rating with at most two decimals, such as 3.67.")
		.stored(Occupation::getJobSatisfaction, Occupation::setJobSatisfaction);

	public static final Field<Integer> YEARLY_SALARY = salary("yearlySalary", "Average yearly salary", "43251 or $43,251")
		.hint("Required. The hourly rate is this over 2,080 hours.")
		.required("Enter the average yearly salary.")
		.stored(Occupation::getYearlySalary, Occupation::setYearlySalary);

	public static final Field<Integer> SALARY_RANGE_LOW = salary("salaryRangeLow", "Salary range: from", "34000 or $34,000")
		.stored(Occupation::getSalaryRangeLow, Occupation::setSalaryRangeLow);

	public static final Field<Integer> SALARY_RANGE_HIGH = salary("salaryRangeHigh", "Salary range: to", "54000 or $54,000")
		.stored(Occupation::getSalaryRangeHigh, Occupation::setSalaryRangeHigh);

	public static final Field<String> HIGHEST_PAYING_CITY = text("highestPayingCity", "Highest paying City", Section.SALARY,
			100, "the city")
		.stored(Occupation::getHighestPayingCity, Occupation::setHighestPayingCity);

	public static final Field<String> HIGHEST_PAYING_STATE = text("highestPayingState", "Highest paying state",
			Section.SALARY, 100, "the state")
		.stored(Occupation::getHighestPayingState, Occupation::setHighestPayingState);

	public static final Field<String> BEST_PAYING_INDUSTRY = text("bestPayingIndustry", "Best paying industry",
			Section.SALARY, 100, "the industry")
		.stored(Occupation::getBestPayingIndustry, Occupation::setBestPayingIndustry);

	public static final Field<String> BEST_PAYING_COMPANY = Field.of(NAME, "bestPayingCompany", "Best paying company")
		.in(Section.SALARY)
		.maxLength(200, "Keep the company to 200 characters or fewer.")
		.read((occupation) -> (occupation.getBestPayingCompany() != null) ? occupation.getBestPayingCompany().getName()
				: null);

	public static final Field<String> BEST_PAYING_COMPANY_ABOUT = Field
		.of(TEXT, "bestPayingCompanyAbout", "About the best paying company")
		.in(Section.SALARY)
		.lines(3)
		.hint("Shown under the salary table. It belongs to the company, so it shows for every occupation it is the best paying company of.")
		.maxLength(2000, "Keep this to 2,000 characters or fewer.")
		.read((occupation) -> (occupation.getBestPayingCompany() != null)
				? occupation.getBestPayingCompany().getAbout() : null);

	public static final Field<String> MOST_COMMON_DEGREE = text("mostCommonDegree", "Most common degree",
			Section.EDUCATION, 100, "the degree")
		.stored(Occupation::getMostCommonDegree, Occupation::setMostCommonDegree);

	public static final Field<Integer> MOST_COMMON_DEGREE_PCT = share("mostCommonDegreePct", "Share with that degree",
			Section.EDUCATION, "51 or 51%")
		.stored(Occupation::getMostCommonDegreePct, Occupation::setMostCommonDegreePct);

	public static final Field<String> MOST_COMMON_MAJOR = text("mostCommonMajor", "Most common major", Section.EDUCATION,
			100, "the major")
		.stored(Occupation::getMostCommonMajor, Occupation::setMostCommonMajor);

	public static final Field<String> MOST_COMMON_COLLEGE = text("mostCommonCollege", "Most common college",
			Section.EDUCATION, 200, "the college")
		.stored(Occupation::getMostCommonCollege, Occupation::setMostCommonCollege);

	public static final Field<Integer> AVERAGE_AGE = Field.of(WHOLE_NUMBER, "averageAge", "Average age")
		.in(Section.DEMOGRAPHICS)
		.typed("Enter an age in whole years, such as 46.")
		.rule((age) -> age >= 14 && age <= 100, "Enter an age from 14 to 100.")
		.stored(Occupation::getAverageAge, Occupation::setAverageAge);

	public static final Field<Integer> LGBT_PCT = share("lgbtPct", "LGBT Percentage", Section.DEMOGRAPHICS, "8 or 8%")
		.stored(Occupation::getLgbtPct, Occupation::setLgbtPct);

	public static final Field<String> SOURCE = text("source", "Source", Section.SOURCE, 300, "the source")
		.hint("Where the figures come from: a page's address, a survey, a file.")
		.stored(Occupation::getSource, Occupation::setSource);

	public static final Field<LocalDate> SOURCE_DATE = Field.of(DATE, "sourceDate", "As of")
		.in(Section.SOURCE)
		.hint("The day the figures are from, such as 2026-11-30. Blank when the source does not say.")
		.typed("Enter the day as year-month-day, such as 2026-11-30.")
		.rule((day) -> !day.isBefore(LocalDate.of(1900, 1, 1)), "Enter a day from 1900 on.")
		.rule((day) -> !day.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1)), "Enter a day that has come.")
		.stored(Occupation::getSourceDate, Occupation::setSourceDate);

	/** Every field, in the order the admin form shows them. */
	public static final List<Field<?>> ALL = List.of(TITLE, CATEGORY, DESCRIPTION, MONTHS_TO_BECOME_MIN,
			MONTHS_TO_BECOME_MAX, YEARS_OF_EXPERIENCE, GROWTH_RATE_PCT, JOB_OPENINGS, JOB_SATISFACTION, YEARLY_SALARY,
			SALARY_RANGE_LOW, SALARY_RANGE_HIGH, HIGHEST_PAYING_CITY, HIGHEST_PAYING_STATE, BEST_PAYING_INDUSTRY,
			BEST_PAYING_COMPANY, BEST_PAYING_COMPANY_ABOUT, MOST_COMMON_DEGREE, MOST_COMMON_DEGREE_PCT, MOST_COMMON_MAJOR,
			MOST_COMMON_COLLEGE, AVERAGE_AGE, LGBT_PCT, SOURCE, SOURCE_DATE);

	/**
	 * Two fields that give one fact as a range: both or neither, the low end first. The
	 * history and the conflict table show the range as one fact.
	 */
	public record Range(String label, Field<Integer> low, Field<Integer> high, String bothOrNeither, String order,
			Function<Range.Ends, String> write) {

		public record Ends(Integer low, Integer high) {
		}

		public String write(Integer low, Integer high) {
			return this.write.apply(new Ends(low, high));
		}

	}

	public static final Range TIME_TO_BECOME = new Range("Time to become one", MONTHS_TO_BECOME_MIN,
			MONTHS_TO_BECOME_MAX, "Enter both the shortest and the longest time, or neither.",
			"The longest time must not be shorter than the shortest.",
			(ends) -> (ends.low() != null && ends.high() != null && ends.low() <= ends.high())
					? Figures.monthsRange(ends.low(), ends.high()) : orUnknown(ends.low()) + " to "
							+ orUnknown(ends.high()) + " months");

	public static final Range SALARY_RANGE = new Range("Salary range", SALARY_RANGE_LOW, SALARY_RANGE_HIGH,
			"Enter both ends of the salary range, or neither.", "The top of the range must not be below its bottom.",
			(ends) -> ((ends.low() != null) ? Figures.dollars(ends.low()) : "?") + " to "
					+ ((ends.high() != null) ? Figures.dollars(ends.high()) : "?"));

	public static final List<Range> RANGES = List.of(TIME_TO_BECOME, SALARY_RANGE);

	private static final Map<String, Field<?>> BY_NAME = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(Field::name, Function.identity()));

	private Fields() {
	}

	public static Optional<Field<?>> byName(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	/** The range this field is an end of, if it is one. */
	public static Optional<Range> rangeOf(Field<?> field) {
		return RANGES.stream().filter((range) -> range.low() == field || range.high() == field).findFirst();
	}

	private static String orUnknown(Integer value) {
		return (value != null) ? value.toString() : "?";
	}

	private static Field.Builder<Integer> months(String name, String end, String example) {
		return Field.of(WHOLE_NUMBER, name, "Time to become one: " + end)
			.in(Section.OVERVIEW)
			.unit("months")
			.typed("Enter a whole number of months, such as " + example + ".")
			.rule((months) -> months >= 0, "Enter 0 months or more.")
			.rule((months) -> months <= 240, "Enter 240 months (20 years) or fewer.");
	}

	private static Field.Builder<Integer> salary(String name, String label, String example) {
		return Field.of(DOLLARS, name, label)
			.in(Section.SALARY)
			.unit("US dollars")
			.typed("Enter an amount in whole dollars, such as " + example + ".")
			.rule((dollars) -> dollars >= 0, "A salary cannot be negative.")
			.rule((dollars) -> dollars <= MAX_SALARY, "Enter $100,000,000 or less.");
	}

	private static Field.Builder<Integer> share(String name, String label, Section section, String example) {
		return Field.of(PERCENT, name, label)
			.in(section)
			.unit("%")
			.typed("Enter a whole percentage, such as " + example + ".")
			.rule((pct) -> pct >= 0 && pct <= 100, "Enter a share from 0% to 100%.");
	}

	private static Field.Builder<String> text(String name, String label, Section section, int maxLength, String what) {
		return Field.of(TEXT, name, label)
			.in(section)
			.maxLength(maxLength,
					"Keep " + what + " to " + Figures.count(maxLength) + " characters or fewer.");
	}

}
