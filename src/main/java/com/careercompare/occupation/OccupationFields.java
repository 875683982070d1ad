package com.careercompare.occupation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.careercompare.occupation.OccupationForm.ShareRow;
import com.careercompare.occupation.OccupationForm.SkillRow;
import com.careercompare.text.Figures;

/**
 * The facts of an {@link OccupationForm}, each with its label and its value written as the
 * pages write it. Two forms compared fact by fact give what changed: what another admin
 * saved meanwhile, or what a revision in the history changed.
 */
final class OccupationFields {

	private record Field(String label, List<String> inputs, Function<OccupationForm, List<String>> lines) {
	}

	private final List<Field> fields;

	/** @param groupNames the demographic groups' names by id */
	OccupationFields(Map<Integer, String> groupNames) {
		this.fields = List.of(text("Title", "title", OccupationForm::getTitle),
				text("Category", "category", OccupationForm::getCategory),
				text("Description", "description", OccupationForm::getDescription),
				new Field("Time to become one", List.of("monthsToBecomeMin", "monthsToBecomeMax"),
						OccupationFields::timeToBecome),
				number("Average yearly salary", "yearlySalary", OccupationForm::getYearlySalary, Figures::dollars),
				new Field("Salary range", List.of("salaryRangeLow", "salaryRangeHigh"), OccupationFields::salaryRange),
				number("Growth rate", "growthRatePct", OccupationForm::getGrowthRatePct, (pct) -> Figures.percent(pct.intValue())),
				number("Number of jobs", "jobOpenings", OccupationForm::getJobOpenings, Figures::count),
				new Field("Job satisfaction", List.of("jobSatisfaction"),
						(form) -> line((form.getJobSatisfaction() != null) ? Figures.rating(form.getJobSatisfaction()) : null)),
				number("Years of experience", "yearsOfExperience", OccupationForm::getYearsOfExperience, Figures::count),
				text("Highest paying city", "highestPayingCity", OccupationForm::getHighestPayingCity),
				text("Highest paying state", "highestPayingState", OccupationForm::getHighestPayingState),
				text("Best paying company", "bestPayingCompany", OccupationForm::getBestPayingCompany),
				text("About the best paying company", "bestPayingCompanyAbout", OccupationForm::getBestPayingCompanyAbout),
				text("Best paying industry", "bestPayingIndustry", OccupationForm::getBestPayingIndustry),
				text("Most common degree", "mostCommonDegree", OccupationForm::getMostCommonDegree),
				number("Share with that degree", "mostCommonDegreePct", OccupationForm::getMostCommonDegreePct,
						(pct) -> Figures.percent(pct.intValue())),
				text("Most common major", "mostCommonMajor", OccupationForm::getMostCommonMajor),
				text("Most common college", "mostCommonCollege", OccupationForm::getMostCommonCollege),
				number("Average age", "averageAge", OccupationForm::getAverageAge, Figures::count),
				number("LGBT percentage", "lgbtPct", OccupationForm::getLgbtPct, (pct) -> Figures.percent(pct.intValue())),
				new Field("Gender ratio", List.of("gender"), (form) -> shares(form.getGender(), groupNames)),
				new Field("Race ratio", List.of("race"), (form) -> shares(form.getRace(), groupNames)),
				new Field("Skills", List.of("skills"), OccupationFields::skills),
				new Field("Responsibilities", List.of("responsibilities"), (form) -> texts(form.getResponsibilities())),
				new Field("Alternate titles", List.of("alternateTitles"), (form) -> texts(form.getAlternateTitles())));
	}

	/**
	 * The facts that differ between two forms, in form order. A {@code null} form stands for
	 * an occupation that does not exist (before it was created, after it was deleted).
	 */
	List<FieldChange> changes(OccupationForm before, OccupationForm after) {
		List<FieldChange> changes = new ArrayList<>();
		for (Field field : this.fields) {
			List<String> old = (before != null) ? field.lines().apply(before) : List.of();
			List<String> now = (after != null) ? field.lines().apply(after) : List.of();
			if (!old.equals(now)) {
				changes.add(new FieldChange(field.label(), field.inputs(), old, now));
			}
		}
		return changes;
	}

	private static Field text(String label, String input, Function<OccupationForm, String> value) {
		return new Field(label, List.of(input), (form) -> line(value.apply(form)));
	}

	private static Field number(String label, String input, Function<OccupationForm, Integer> value,
			Function<Long, String> write) {
		return new Field(label, List.of(input), (form) -> {
			Integer number = value.apply(form);
			return line((number != null) ? write.apply(number.longValue()) : null);
		});
	}

	private static List<String> line(String value) {
		return (value != null) ? List.of(value) : List.of();
	}

	private static List<String> timeToBecome(OccupationForm form) {
		Integer min = form.getMonthsToBecomeMin();
		Integer max = form.getMonthsToBecomeMax();
		if (min == null && max == null) {
			return List.of();
		}
		if (min != null && max != null && min <= max) {
			return List.of(Figures.monthsRange(min, max));
		}
		return List.of(Objects.toString(min, "?") + " to " + Objects.toString(max, "?") + " months");
	}

	private static List<String> salaryRange(OccupationForm form) {
		Integer low = form.getSalaryRangeLow();
		Integer high = form.getSalaryRangeHigh();
		if (low == null && high == null) {
			return List.of();
		}
		return List.of(((low != null) ? Figures.dollars(low) : "?") + " to "
				+ ((high != null) ? Figures.dollars(high) : "?"));
	}

	private static List<String> shares(List<ShareRow> rows, Map<Integer, String> groupNames) {
		List<String> lines = new ArrayList<>();
		for (ShareRow row : rows) {
			BigDecimal pct = row.getPct();
			if (pct != null) {
				lines.add(groupNames.getOrDefault(row.getGroupId(), "?") + ", " + Figures.percentOneDecimal(pct));
			}
		}
		return lines;
	}

	private static List<String> skills(OccupationForm form) {
		List<String> lines = new ArrayList<>();
		for (SkillRow row : form.getSkills()) {
			if (row.getName() != null) {
				lines.add((row.getShare() != null) ? row.getName() + ", " + row.getShare().replace("%", "").strip() + "%"
						: row.getName());
			}
		}
		return lines;
	}

	private static List<String> texts(List<String> rows) {
		return rows.stream().filter(Objects::nonNull).toList();
	}

}
