package com.careercompare.occupation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.careercompare.occupation.data.Category;
import com.careercompare.occupation.data.DemographicGroup;
import com.careercompare.occupation.data.Occupation;
import com.careercompare.text.TitleForms;
import com.careercompare.web.Paths;

/**
 * Everything the public pages show about one occupation, read once and never changed: its
 * {@link Fields} as {@link FieldValues}, and its lists. Unknown facts are {@code null}.
 * {@code titleForms} are its title as sentences write it, worked out with the profile.
 */
public record OccupationProfile(String title, String slug, CategoryRef category, FieldValues values,
		List<SkillItem> skills, List<String> responsibilities, List<String> alternateTitles, List<Share> gender,
		List<Share> race, Instant updatedAt, TitleForms titleForms) {

	/** A profile whose title's forms in sentences are worked out from its title. */
	public OccupationProfile(String title, String slug, CategoryRef category, FieldValues values,
			List<SkillItem> skills, List<String> responsibilities, List<String> alternateTitles, List<Share> gender,
			List<Share> race, Instant updatedAt) {
		this(title, slug, category, values, skills, responsibilities, alternateTitles, gender, race, updatedAt,
				TitleForms.of(title));
	}

	/** Hours in a working year, the pages' divisor from yearly salary to hourly rate. */
	public static final int HOURS_PER_YEAR = 2080;

	/** How many of the skills are an occupation's top skills. */
	public static final int TOP_SKILLS = 3;

	public record CategoryRef(String name, String slug) {

		public String path() {
			return Paths.category(this.slug);
		}

	}

	public record TimeToBecome(int minMonths, int maxMonths) {
	}

	/**
	 * Pay facts. The average salary is the yearly salary: the pages show the same
	 * figure under both names, so it is stored once.
	 */
	public record Pay(int yearlySalary, Integer rangeLow, Integer rangeHigh, String highestPayingCity,
			String highestPayingState, String bestPayingCompany, String bestPayingCompanyAbout,
			String bestPayingIndustry) {

		/** The yearly salary over 2080 hours, to the cent. */
		public BigDecimal hourlyRate() {
			return BigDecimal.valueOf(this.yearlySalary).divide(BigDecimal.valueOf(HOURS_PER_YEAR), 2,
					RoundingMode.HALF_UP);
		}

		public boolean hasRange() {
			return this.rangeLow != null && this.rangeHigh != null;
		}

	}

	public record Education(String degree, Integer degreePct, String major, String college) {
	}

	public record Demographics(Integer averageAge, List<Share> gender, List<Share> race, Integer lgbtPct) {
	}

	/** A group's share of the workers, in percent with one decimal. */
	public record Share(String group, BigDecimal pct) {
	}

	/** A skill and the share of job postings that ask for it, when known. */
	public record SkillItem(String name, Integer sharePct) {
	}

	/** The value of one of the occupation's fields, or {@code null} when unknown. */
	public <T> T get(Field<T> field) {
		return this.values.get(field);
	}

	public String description() {
		return get(Fields.DESCRIPTION);
	}

	/** How long it takes to become one, when both ends are known. */
	public TimeToBecome timeToBecome() {
		Integer min = get(Fields.MONTHS_TO_BECOME_MIN);
		Integer max = get(Fields.MONTHS_TO_BECOME_MAX);
		return (min != null && max != null) ? new TimeToBecome(min, max) : null;
	}

	public Pay pay() {
		return new Pay(get(Fields.YEARLY_SALARY), get(Fields.SALARY_RANGE_LOW), get(Fields.SALARY_RANGE_HIGH),
				get(Fields.HIGHEST_PAYING_CITY), get(Fields.HIGHEST_PAYING_STATE), get(Fields.BEST_PAYING_COMPANY),
				get(Fields.BEST_PAYING_COMPANY_ABOUT), get(Fields.BEST_PAYING_INDUSTRY));
	}

	/** Where the figures come from, if known. */
	public String source() {
		return get(Fields.SOURCE);
	}

	/** The day the figures are from, if known. */
	public LocalDate sourceDate() {
		return get(Fields.SOURCE_DATE);
	}

	public Integer growthRatePct() {
		return get(Fields.GROWTH_RATE_PCT);
	}

	public Integer jobOpenings() {
		return get(Fields.JOB_OPENINGS);
	}

	public BigDecimal jobSatisfaction() {
		return get(Fields.JOB_SATISFACTION);
	}

	public Integer yearsOfExperience() {
		return get(Fields.YEARS_OF_EXPERIENCE);
	}

	public Education education() {
		return new Education(get(Fields.MOST_COMMON_DEGREE), get(Fields.MOST_COMMON_DEGREE_PCT),
				get(Fields.MOST_COMMON_MAJOR), get(Fields.MOST_COMMON_COLLEGE));
	}

	public Demographics demographics() {
		return new Demographics(get(Fields.AVERAGE_AGE), this.gender, this.race, get(Fields.LGBT_PCT));
	}

	public String path() {
		return Paths.occupation(this.slug);
	}

	/** The first skills, most important first. */
	public List<SkillItem> topSkills() {
		return this.skills.subList(0, Math.min(TOP_SKILLS, this.skills.size()));
	}

	/** Whether any skill has a known share, so that a list with shares is worth showing. */
	public boolean hasSkillShares() {
		return this.skills.stream().anyMatch((skill) -> skill.sharePct() != null);
	}

	static OccupationProfile of(Occupation occupation, DemographicGroups groups) {
		Category category = occupation.getCategory();
		List<SkillItem> skills = occupation.getSkills()
			.stream()
			.map((skill) -> new SkillItem(skill.getSkill().getName(), skill.getSharePct()))
			.toList();
		return new OccupationProfile(occupation.getTitle(), occupation.getSlug(),
				new CategoryRef(category.getName(), category.getSlug()), FieldValues.of(occupation), skills,
				List.copyOf(occupation.getResponsibilities()), List.copyOf(occupation.getAlternateTitles()),
				shares(occupation, groups.of(DemographicGroup.Dimension.GENDER)),
				shares(occupation, groups.of(DemographicGroup.Dimension.RACE)), occupation.getUpdatedAt());
	}

	private static List<Share> shares(Occupation occupation, List<DemographicGroups.Group> groups) {
		Map<Integer, BigDecimal> shares = occupation.getDemographics();
		return groups.stream()
			.filter((group) -> shares.containsKey(group.id()))
			.map((group) -> new Share(group.name(), shares.get(group.id())))
			.toList();
	}

}
