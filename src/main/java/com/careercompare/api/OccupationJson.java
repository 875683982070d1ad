package com.careercompare.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.careercompare.occupation.Fields;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.web.Paths;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An occupation as the API gives it: every fact typed (numbers as numbers, shares as
 * numbers in percent, unknown as {@code null}), its lists in order, where its figures come
 * from and when it was last updated.
 */
@Schema(name = "Occupation", description = "An occupation with every fact; unknown facts are null")
public record OccupationJson(String slug, String title, Category category, String description, Facts facts,
		@Schema(description = "Most important first; sharePct is the share of job postings asking for it, when known")
		List<Skill> skills, List<String> responsibilities, List<String> alternateTitles,
		@Schema(description = "Shares of workers by gender, in percent") List<Share> gender,
		@Schema(description = "Shares of workers by race and ethnicity, in percent") List<Share> race, Source source,
		Instant updatedAt, Links links) {

	@Schema(name = "OccupationCategory")
	public record Category(String name, String slug) {
	}

	/** The single-valued facts, by the names the admin form and the catalog export use. */
	@Schema(name = "OccupationFacts")
	public record Facts(@Schema(description = "US dollars a year") int yearlySalary,
			@Schema(description = "The yearly salary over 2,080 hours, to the cent") BigDecimal hourlyRate,
			Integer salaryRangeLow, Integer salaryRangeHigh,
			@Schema(description = "Projected growth, in percent") Integer growthRatePct, Integer jobOpenings,
			@Schema(description = "Out of 5") BigDecimal jobSatisfaction, Integer monthsToBecomeMin,
			Integer monthsToBecomeMax, Integer yearsOfExperience, String highestPayingCity, String highestPayingState,
			String bestPayingCompany, String bestPayingCompanyAbout, String bestPayingIndustry, String mostCommonDegree,
			Integer mostCommonDegreePct, String mostCommonMajor, String mostCommonCollege, Integer averageAge,
			Integer lgbtPct) {
	}

	@Schema(name = "OccupationSkill")
	public record Skill(String name, Integer sharePct) {
	}

	@Schema(name = "Share")
	public record Share(String group, BigDecimal pct) {
	}

	/** Where the figures come from, and as of when, if known. */
	@Schema(name = "Source")
	public record Source(String name, LocalDate asOf) {
	}

	/** The occupation in the API and on the site. */
	@Schema(name = "OccupationLinks")
	public record Links(String self, String page) {
	}

	public static OccupationJson of(OccupationProfile profile) {
		Facts facts = new Facts(profile.get(Fields.YEARLY_SALARY), profile.pay().hourlyRate(),
				profile.get(Fields.SALARY_RANGE_LOW), profile.get(Fields.SALARY_RANGE_HIGH),
				profile.get(Fields.GROWTH_RATE_PCT), profile.get(Fields.JOB_OPENINGS),
				profile.get(Fields.JOB_SATISFACTION), profile.get(Fields.MONTHS_TO_BECOME_MIN),
				profile.get(Fields.MONTHS_TO_BECOME_MAX), profile.get(Fields.YEARS_OF_EXPERIENCE),
				profile.get(Fields.HIGHEST_PAYING_CITY), profile.get(Fields.HIGHEST_PAYING_STATE),
				profile.get(Fields.BEST_PAYING_COMPANY), profile.get(Fields.BEST_PAYING_COMPANY_ABOUT),
				profile.get(Fields.BEST_PAYING_INDUSTRY), profile.get(Fields.MOST_COMMON_DEGREE),
				profile.get(Fields.MOST_COMMON_DEGREE_PCT), profile.get(Fields.MOST_COMMON_MAJOR),
				profile.get(Fields.MOST_COMMON_COLLEGE), profile.get(Fields.AVERAGE_AGE), profile.get(Fields.LGBT_PCT));
		return new OccupationJson(profile.slug(), profile.title(),
				new Category(profile.category().name(), profile.category().slug()), profile.description(), facts,
				profile.skills().stream().map((skill) -> new Skill(skill.name(), skill.sharePct())).toList(),
				profile.responsibilities(), profile.alternateTitles(), shares(profile.gender()), shares(profile.race()),
				new Source(profile.source(), profile.sourceDate()), profile.updatedAt(),
				new Links(ApiPaths.occupation(profile.slug()), Paths.occupation(profile.slug())));
	}

	private static List<Share> shares(List<OccupationProfile.Share> shares) {
		return shares.stream().map((share) -> new Share(share.group(), share.pct())).toList();
	}

}
