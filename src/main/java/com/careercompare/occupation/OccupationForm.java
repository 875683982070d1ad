package com.careercompare.occupation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.careercompare.text.Count;
import com.careercompare.text.Dollars;
import com.careercompare.text.Percent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Everything an admin can change about an occupation, as the admin form binds it: every
 * fact the public pages show. The limits here are the database's (see
 * {@code V1__create_schema.sql}); the rules that span several fields, and that the title
 * is free, are {@link OccupationEditor#check checked by the editor}. Blank rows of the lists
 * are ignored when saving.
 */
public class OccupationForm {

	/** Rows of a list beyond this many are refused. */
	public static final int MAX_ROWS = 40;

	/** The version the admin started from; a save over a newer one is a conflict. */
	private Integer version;

	@NotBlank(message = "Enter the title.")
	@Size(max = 120, message = "Keep the title to 120 characters or fewer.")
	private String title;

	@NotBlank(message = "Enter the category.")
	@Size(max = 100, message = "Keep the category to 100 characters or fewer.")
	private String category;

	@NotBlank(message = "Enter a description.")
	@Size(max = 5000, message = "Keep the description to 5,000 characters or fewer.")
	private String description;

	@Min(value = 0, message = "Enter 0 months or more.")
	@Max(value = 240, message = "Enter 240 months (20 years) or fewer.")
	private Integer monthsToBecomeMin;

	@Min(value = 0, message = "Enter 0 months or more.")
	@Max(value = 240, message = "Enter 240 months (20 years) or fewer.")
	private Integer monthsToBecomeMax;

	@NotNull(message = "Enter the average yearly salary.")
	@Dollars
	@Min(value = 0, message = "A salary cannot be negative.")
	@Max(value = 100_000_000, message = "Enter $100,000,000 or less.")
	private Integer yearlySalary;

	@Dollars
	@Min(value = 0, message = "A salary cannot be negative.")
	@Max(value = 100_000_000, message = "Enter $100,000,000 or less.")
	private Integer salaryRangeLow;

	@Dollars
	@Min(value = 0, message = "A salary cannot be negative.")
	@Max(value = 100_000_000, message = "Enter $100,000,000 or less.")
	private Integer salaryRangeHigh;

	@Percent
	@Min(value = -100, message = "Enter -100% or more.")
	@Max(value = 1000, message = "Enter 1,000% or less.")
	private Integer growthRatePct;

	@Count
	@Min(value = 0, message = "The number of jobs cannot be negative.")
	private Integer jobOpenings;

	@DecimalMin(value = "0", message = "Enter a rating from 0 to 5.")
	@DecimalMax(value = "5", message = "Enter a rating from 0 to 5.")
	@Digits(integer = 1, fraction = 2, message = "Enter a rating with at most two decimals, such as 3.67.")
	private BigDecimal jobSatisfaction;

	@Min(value = 0, message = "Enter 0 years or more.")
	@Max(value = 80, message = "Enter 80 years or fewer.")
	private Integer yearsOfExperience;

	@Size(max = 100, message = "Keep the city to 100 characters or fewer.")
	private String highestPayingCity;

	@Size(max = 100, message = "Keep the state to 100 characters or fewer.")
	private String highestPayingState;

	@Size(max = 200, message = "Keep the company to 200 characters or fewer.")
	private String bestPayingCompany;

	@Size(max = 2000, message = "Keep this to 2,000 characters or fewer.")
	private String bestPayingCompanyAbout;

	@Size(max = 100, message = "Keep the industry to 100 characters or fewer.")
	private String bestPayingIndustry;

	@Size(max = 100, message = "Keep the degree to 100 characters or fewer.")
	private String mostCommonDegree;

	@Percent
	@Min(value = 0, message = "Enter a share from 0% to 100%.")
	@Max(value = 100, message = "Enter a share from 0% to 100%.")
	private Integer mostCommonDegreePct;

	@Size(max = 100, message = "Keep the major to 100 characters or fewer.")
	private String mostCommonMajor;

	@Size(max = 200, message = "Keep the college to 200 characters or fewer.")
	private String mostCommonCollege;

	@Min(value = 14, message = "Enter an age from 14 to 100.")
	@Max(value = 100, message = "Enter an age from 14 to 100.")
	private Integer averageAge;

	@Percent
	@Min(value = 0, message = "Enter a share from 0% to 100%.")
	@Max(value = 100, message = "Enter a share from 0% to 100%.")
	private Integer lgbtPct;

	private List<@Valid ShareRow> gender = new ArrayList<>();

	private List<@Valid ShareRow> race = new ArrayList<>();

	@Size(max = MAX_ROWS, message = "Keep the list to " + MAX_ROWS + " skills or fewer.")
	private List<@Valid SkillRow> skills = new ArrayList<>();

	@Size(max = MAX_ROWS, message = "Keep the list to " + MAX_ROWS + " responsibilities or fewer.")
	private List<@Size(max = 1000, message = "Keep each responsibility to 1,000 characters or fewer.") String> responsibilities = new ArrayList<>();

	@Size(max = MAX_ROWS, message = "Keep the list to " + MAX_ROWS + " titles or fewer.")
	private List<@Size(max = 120, message = "Keep each title to 120 characters or fewer.") String> alternateTitles = new ArrayList<>();

	/** One demographic group's share of the workers; blank when unknown. */
	public static class ShareRow {

		private Integer groupId;

		@Percent
		@DecimalMin(value = "0", message = "Enter a share from 0% to 100%.")
		@DecimalMax(value = "100", message = "Enter a share from 0% to 100%.")
		@Digits(integer = 3, fraction = 1, message = "Enter a share with at most one decimal, such as 40.4%.")
		private BigDecimal pct;

		public ShareRow() {
		}

		ShareRow(Integer groupId, BigDecimal pct) {
			this.groupId = groupId;
			this.pct = pct;
		}

		public Integer getGroupId() {
			return this.groupId;
		}

		public void setGroupId(Integer groupId) {
			this.groupId = groupId;
		}

		public BigDecimal getPct() {
			return this.pct;
		}

		public void setPct(BigDecimal pct) {
			this.pct = pct;
		}

	}

	/**
	 * A skill and the share of job postings that ask for it. The share is kept as typed, so
	 * that adding, removing or moving rows never loses what was typed in another row.
	 */
	public static class SkillRow {

		@Size(max = 100, message = "Keep each skill to 100 characters or fewer.")
		private String name;

		@Pattern(regexp = "\\s*(100|[1-9]?\\d)\\s*%?\\s*",
				message = "Enter a whole percentage from 0% to 100%, such as 14 or 14%.")
		private String share;

		public SkillRow() {
		}

		SkillRow(String name, String share) {
			this.name = name;
			this.share = share;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getShare() {
			return this.share;
		}

		public void setShare(String share) {
			this.share = share;
		}

		boolean isBlank() {
			return this.name == null && this.share == null;
		}

		/** The share as a number, once it has passed validation; null when blank. */
		Integer sharePct() {
			return (this.share != null) ? Integer.valueOf(this.share.replace("%", "").strip()) : null;
		}

	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getMonthsToBecomeMin() {
		return this.monthsToBecomeMin;
	}

	public void setMonthsToBecomeMin(Integer monthsToBecomeMin) {
		this.monthsToBecomeMin = monthsToBecomeMin;
	}

	public Integer getMonthsToBecomeMax() {
		return this.monthsToBecomeMax;
	}

	public void setMonthsToBecomeMax(Integer monthsToBecomeMax) {
		this.monthsToBecomeMax = monthsToBecomeMax;
	}

	public Integer getYearlySalary() {
		return this.yearlySalary;
	}

	public void setYearlySalary(Integer yearlySalary) {
		this.yearlySalary = yearlySalary;
	}

	public Integer getSalaryRangeLow() {
		return this.salaryRangeLow;
	}

	public void setSalaryRangeLow(Integer salaryRangeLow) {
		this.salaryRangeLow = salaryRangeLow;
	}

	public Integer getSalaryRangeHigh() {
		return this.salaryRangeHigh;
	}

	public void setSalaryRangeHigh(Integer salaryRangeHigh) {
		this.salaryRangeHigh = salaryRangeHigh;
	}

	public Integer getGrowthRatePct() {
		return this.growthRatePct;
	}

	public void setGrowthRatePct(Integer growthRatePct) {
		this.growthRatePct = growthRatePct;
	}

	public Integer getJobOpenings() {
		return this.jobOpenings;
	}

	public void setJobOpenings(Integer jobOpenings) {
		this.jobOpenings = jobOpenings;
	}

	public BigDecimal getJobSatisfaction() {
		return this.jobSatisfaction;
	}

	public void setJobSatisfaction(BigDecimal jobSatisfaction) {
		this.jobSatisfaction = jobSatisfaction;
	}

	public Integer getYearsOfExperience() {
		return this.yearsOfExperience;
	}

	public void setYearsOfExperience(Integer yearsOfExperience) {
		this.yearsOfExperience = yearsOfExperience;
	}

	public String getHighestPayingCity() {
		return this.highestPayingCity;
	}

	public void setHighestPayingCity(String highestPayingCity) {
		this.highestPayingCity = highestPayingCity;
	}

	public String getHighestPayingState() {
		return this.highestPayingState;
	}

	public void setHighestPayingState(String highestPayingState) {
		this.highestPayingState = highestPayingState;
	}

	public String getBestPayingCompany() {
		return this.bestPayingCompany;
	}

	public void setBestPayingCompany(String bestPayingCompany) {
		this.bestPayingCompany = bestPayingCompany;
	}

	public String getBestPayingCompanyAbout() {
		return this.bestPayingCompanyAbout;
	}

	public void setBestPayingCompanyAbout(String bestPayingCompanyAbout) {
		this.bestPayingCompanyAbout = bestPayingCompanyAbout;
	}

	public String getBestPayingIndustry() {
		return this.bestPayingIndustry;
	}

	public void setBestPayingIndustry(String bestPayingIndustry) {
		this.bestPayingIndustry = bestPayingIndustry;
	}

	public String getMostCommonDegree() {
		return this.mostCommonDegree;
	}

	public void setMostCommonDegree(String mostCommonDegree) {
		this.mostCommonDegree = mostCommonDegree;
	}

	public Integer getMostCommonDegreePct() {
		return this.mostCommonDegreePct;
	}

	public void setMostCommonDegreePct(Integer mostCommonDegreePct) {
		this.mostCommonDegreePct = mostCommonDegreePct;
	}

	public String getMostCommonMajor() {
		return this.mostCommonMajor;
	}

	public void setMostCommonMajor(String mostCommonMajor) {
		this.mostCommonMajor = mostCommonMajor;
	}

	public String getMostCommonCollege() {
		return this.mostCommonCollege;
	}

	public void setMostCommonCollege(String mostCommonCollege) {
		this.mostCommonCollege = mostCommonCollege;
	}

	public Integer getAverageAge() {
		return this.averageAge;
	}

	public void setAverageAge(Integer averageAge) {
		this.averageAge = averageAge;
	}

	public Integer getLgbtPct() {
		return this.lgbtPct;
	}

	public void setLgbtPct(Integer lgbtPct) {
		this.lgbtPct = lgbtPct;
	}

	public List<ShareRow> getGender() {
		return this.gender;
	}

	public void setGender(List<ShareRow> gender) {
		this.gender = gender;
	}

	public List<ShareRow> getRace() {
		return this.race;
	}

	public void setRace(List<ShareRow> race) {
		this.race = race;
	}

	public List<SkillRow> getSkills() {
		return this.skills;
	}

	public void setSkills(List<SkillRow> skills) {
		this.skills = skills;
	}

	public List<String> getResponsibilities() {
		return this.responsibilities;
	}

	public void setResponsibilities(List<String> responsibilities) {
		this.responsibilities = responsibilities;
	}

	public List<String> getAlternateTitles() {
		return this.alternateTitles;
	}

	public void setAlternateTitles(List<String> alternateTitles) {
		this.alternateTitles = alternateTitles;
	}

}
