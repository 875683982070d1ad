package com.careercompare.occupation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * An occupation with every fact the site shows about it. Its lists (skills,
 * responsibilities, demographic shares, alternate titles) are loaded in one batch for all the
 * occupations a page needs, so a page costs the same few queries whatever it shows.
 * <p>
 * Audited by Envers: every change admins save is kept, lists included, in the
 * {@code *_aud} tables, with who made it in {@link Revision}. Categories, skills and
 * demographic groups are never renamed, so the history refers to them as they are now.
 */
@Entity
@Table(name = "occupation")
@Audited
class Occupation {

	/** Collections of up to this many occupations are loaded in one query. */
	static final int BATCH_SIZE = 64;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_id")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Category category;

	private String description;

	private Integer monthsToBecomeMin;

	private Integer monthsToBecomeMax;

	private int yearlySalary;

	private Integer salaryRangeLow;

	private Integer salaryRangeHigh;

	private Integer growthRatePct;

	private Integer jobOpenings;

	private BigDecimal jobSatisfaction;

	private Integer yearsOfExperience;

	private String highestPayingCity;

	private String highestPayingState;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "best_paying_company_id")
	private Company bestPayingCompany;

	private String bestPayingIndustry;

	private String mostCommonDegree;

	private Integer mostCommonDegreePct;

	private String mostCommonMajor;

	private String mostCommonCollege;

	private Integer averageAge;

	private Integer lgbtPct;

	@ElementCollection
	@CollectionTable(name = "occupation_skill", joinColumns = @JoinColumn(name = "occupation_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@BatchSize(size = BATCH_SIZE)
	private List<SkillShare> skills = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "occupation_responsibility", joinColumns = @JoinColumn(name = "occupation_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "description")
	@BatchSize(size = BATCH_SIZE)
	private List<String> responsibilities = new ArrayList<>();

	/** Each group's share of the workers, in percent, by the group's id (see {@link DemographicGroups}). */
	@ElementCollection
	@CollectionTable(name = "occupation_demographic", joinColumns = @JoinColumn(name = "occupation_id"))
	@MapKeyColumn(name = "group_id")
	@Column(name = "share_pct")
	@BatchSize(size = BATCH_SIZE)
	private Map<Integer, BigDecimal> demographics = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "alternate_title", joinColumns = @JoinColumn(name = "occupation_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "title")
	@BatchSize(size = BATCH_SIZE)
	private List<String> alternateTitles = new ArrayList<>();

	@Version
	private int version;

	private Instant updatedAt;

	protected Occupation() {
	}

	Occupation(String title, String slug, Category category) {
		this.title = title;
		this.slug = slug;
		this.category = category;
	}

	Long getId() {
		return this.id;
	}

	String getTitle() {
		return this.title;
	}

	String getSlug() {
		return this.slug;
	}

	Category getCategory() {
		return this.category;
	}

	String getDescription() {
		return this.description;
	}

	Integer getMonthsToBecomeMin() {
		return this.monthsToBecomeMin;
	}

	Integer getMonthsToBecomeMax() {
		return this.monthsToBecomeMax;
	}

	int getYearlySalary() {
		return this.yearlySalary;
	}

	Integer getSalaryRangeLow() {
		return this.salaryRangeLow;
	}

	Integer getSalaryRangeHigh() {
		return this.salaryRangeHigh;
	}

	Integer getGrowthRatePct() {
		return this.growthRatePct;
	}

	Integer getJobOpenings() {
		return this.jobOpenings;
	}

	BigDecimal getJobSatisfaction() {
		return this.jobSatisfaction;
	}

	Integer getYearsOfExperience() {
		return this.yearsOfExperience;
	}

	String getHighestPayingCity() {
		return this.highestPayingCity;
	}

	String getHighestPayingState() {
		return this.highestPayingState;
	}

	Company getBestPayingCompany() {
		return this.bestPayingCompany;
	}

	String getBestPayingIndustry() {
		return this.bestPayingIndustry;
	}

	String getMostCommonDegree() {
		return this.mostCommonDegree;
	}

	Integer getMostCommonDegreePct() {
		return this.mostCommonDegreePct;
	}

	String getMostCommonMajor() {
		return this.mostCommonMajor;
	}

	String getMostCommonCollege() {
		return this.mostCommonCollege;
	}

	Integer getAverageAge() {
		return this.averageAge;
	}

	Integer getLgbtPct() {
		return this.lgbtPct;
	}

	List<SkillShare> getSkills() {
		return this.skills;
	}

	List<String> getResponsibilities() {
		return this.responsibilities;
	}

	List<String> getAlternateTitles() {
		return this.alternateTitles;
	}

	Map<Integer, BigDecimal> getDemographics() {
		return this.demographics;
	}

	int getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	void rename(String title, String slug) {
		this.title = title;
		this.slug = slug;
	}

	void setCategory(Category category) {
		this.category = category;
	}

	void setDescription(String description) {
		this.description = description;
	}

	void setMonthsToBecome(Integer min, Integer max) {
		this.monthsToBecomeMin = min;
		this.monthsToBecomeMax = max;
	}

	void setPay(int yearlySalary, Integer rangeLow, Integer rangeHigh) {
		this.yearlySalary = yearlySalary;
		this.salaryRangeLow = rangeLow;
		this.salaryRangeHigh = rangeHigh;
	}

	void setGrowthRatePct(Integer growthRatePct) {
		this.growthRatePct = growthRatePct;
	}

	void setJobOpenings(Integer jobOpenings) {
		this.jobOpenings = jobOpenings;
	}

	void setJobSatisfaction(BigDecimal jobSatisfaction) {
		this.jobSatisfaction = jobSatisfaction;
	}

	void setYearsOfExperience(Integer yearsOfExperience) {
		this.yearsOfExperience = yearsOfExperience;
	}

	void setHighestPaying(String city, String state, Company company, String industry) {
		this.highestPayingCity = city;
		this.highestPayingState = state;
		this.bestPayingCompany = company;
		this.bestPayingIndustry = industry;
	}

	void setEducation(String degree, Integer degreePct, String major, String college) {
		this.mostCommonDegree = degree;
		this.mostCommonDegreePct = degreePct;
		this.mostCommonMajor = major;
		this.mostCommonCollege = college;
	}

	void setAverageAge(Integer averageAge) {
		this.averageAge = averageAge;
	}

	void setLgbtPct(Integer lgbtPct) {
		this.lgbtPct = lgbtPct;
	}

	void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

}
