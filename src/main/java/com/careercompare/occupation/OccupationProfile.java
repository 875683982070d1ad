package com.careercompare.occupation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.careercompare.web.Paths;

/**
 * Everything the public pages show about one occupation, read once and never changed.
 * Unknown facts are {@code null}.
 */
public record OccupationProfile(String title, String slug, CategoryRef category, String description,
		TimeToBecome timeToBecome, Pay pay, Integer growthRatePct, Integer jobOpenings, BigDecimal jobSatisfaction,
		Integer yearsOfExperience, Education education, Demographics demographics, List<SkillItem> skills,
		List<String> responsibilities, List<String> alternateTitles, Instant updatedAt) {

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
		Company company = occupation.getBestPayingCompany();
		TimeToBecome time = (occupation.getMonthsToBecomeMin() != null)
				? new TimeToBecome(occupation.getMonthsToBecomeMin(), occupation.getMonthsToBecomeMax()) : null;
		Pay pay = new Pay(occupation.getYearlySalary(), occupation.getSalaryRangeLow(),
				occupation.getSalaryRangeHigh(), occupation.getHighestPayingCity(),
				occupation.getHighestPayingState(), (company != null) ? company.getName() : null,
				(company != null) ? company.getAbout() : null, occupation.getBestPayingIndustry());
		Education education = new Education(occupation.getMostCommonDegree(), occupation.getMostCommonDegreePct(),
				occupation.getMostCommonMajor(), occupation.getMostCommonCollege());
		Demographics demographics = new Demographics(occupation.getAverageAge(),
				shares(occupation, groups.of(DemographicGroup.Dimension.GENDER)),
				shares(occupation, groups.of(DemographicGroup.Dimension.RACE)),
				occupation.getLgbtPct());
		List<SkillItem> skills = occupation.getSkills()
			.stream()
			.map((skill) -> new SkillItem(skill.getSkill().getName(), skill.getSharePct()))
			.toList();
		return new OccupationProfile(occupation.getTitle(), occupation.getSlug(),
				new CategoryRef(category.getName(), category.getSlug()), occupation.getDescription(), time, pay,
				occupation.getGrowthRatePct(), occupation.getJobOpenings(), occupation.getJobSatisfaction(),
				occupation.getYearsOfExperience(), education, demographics, skills,
				List.copyOf(occupation.getResponsibilities()), List.copyOf(occupation.getAlternateTitles()),
				occupation.getUpdatedAt());
	}

	private static List<Share> shares(Occupation occupation, List<DemographicGroups.Group> groups) {
		Map<Integer, BigDecimal> shares = occupation.getDemographics();
		return groups.stream()
			.filter((group) -> shares.containsKey(group.id()))
			.map((group) -> new Share(group.name(), shares.get(group.id())))
			.toList();
	}

}
