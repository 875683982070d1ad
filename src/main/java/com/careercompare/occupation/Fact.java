package com.careercompare.occupation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careercompare.occupation.OccupationProfile.Pay;
import com.careercompare.occupation.OccupationProfile.Share;
import com.careercompare.text.Figures;

/**
 * The facts the tables show, each with the label the source pages give it and the way
 * the pages write its value.
 */
public enum Fact {

	YEARLY_SALARY("Yearly salary", (p) -> FactValue.of(Figures.dollars(p.pay().yearlySalary()))),

	HOURLY_RATE("Hourly rate", (p) -> FactValue.of(Figures.dollarsAndCents(p.pay().hourlyRate()))),

	GROWTH_RATE("Growth rate", (p) -> FactValue.ofNullable(p.growthRatePct(), Figures::percent)),

	NUMBER_OF_JOBS("Number of jobs", (p) -> FactValue.ofNullable(p.jobOpenings(), (count) -> Figures.count(count))),

	JOB_SATISFACTION("Job satisfaction", (p) -> FactValue.ofNullable(p.jobSatisfaction(), Figures::rating)),

	MOST_COMMON_DEGREE("Most common degree", Fact::degree),

	AVERAGE_AGE("Average age", (p) -> FactValue.ofNullable(p.demographics().averageAge(), (count) -> Figures.count(count))),

	YEARS_OF_EXPERIENCE("Years of experience", (p) -> FactValue.ofNullable(p.yearsOfExperience(), (count) -> Figures.count(count))),

	TIME_TO_BECOME("Time to become one", (p) -> FactValue.ofNullable(p.timeToBecome(),
			(time) -> Figures.monthsRange(time.minMonths(), time.maxMonths()))),

	AVERAGE_SALARY("Average salary", (p) -> FactValue.of(Figures.dollars(p.pay().yearlySalary()))),

	SALARY_RANGE("Salary range", Fact::salaryRange),

	HIGHEST_PAYING_CITY("Highest paying City", (p) -> FactValue.ofNullable(p.pay().highestPayingCity(), Function.identity())),

	HIGHEST_PAYING_STATE("Highest paying state", (p) -> FactValue.ofNullable(p.pay().highestPayingState(), Function.identity())),

	BEST_PAYING_COMPANY("Best paying company", (p) -> FactValue.ofNullable(p.pay().bestPayingCompany(), Function.identity())),

	BEST_PAYING_INDUSTRY("Best paying industry", (p) -> FactValue.ofNullable(p.pay().bestPayingIndustry(), Function.identity())),

	MOST_COMMON_MAJOR("Most common major", (p) -> FactValue.ofNullable(p.education().major(), Function.identity())),

	MOST_COMMON_COLLEGE("Most common college", (p) -> FactValue.ofNullable(p.education().college(), Function.identity())),

	GENDER_RATIO("Gender ratio", (p) -> shares(p.demographics().gender())),

	RACE_RATIO("Race ratio", (p) -> shares(p.demographics().race())),

	LGBT_PERCENTAGE("LGBT Percentage", (p) -> FactValue.ofNullable(p.demographics().lgbtPct(), Figures::percent));

	private static final Map<String, Fact> BY_LABEL = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(Fact::label, Function.identity()));

	private final String label;

	private final Function<OccupationProfile, FactValue> value;

	Fact(String label, Function<OccupationProfile, FactValue> value) {
		this.label = label;
		this.value = value;
	}

	public String label() {
		return this.label;
	}

	public FactValue valueOf(OccupationProfile profile) {
		return this.value.apply(profile);
	}

	public static Optional<Fact> byLabel(String label) {
		return Optional.ofNullable(BY_LABEL.get(label));
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
