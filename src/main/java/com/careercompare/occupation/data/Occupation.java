package com.careercompare.occupation.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
public class Occupation {

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

	private String source;

	private LocalDate sourceDate;

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

	public Occupation(String title, String slug, Category category) {
		this.title = title;
		this.slug = slug;
		this.category = category;
	}

	/** Where the figures come from (a page, a survey, a file), if known. */
	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	/** The day the figures are from, if known. */
	public LocalDate getSourceDate() {
		return this.sourceDate;
	}

	public void setSourceDate(LocalDate sourceDate) {
		this.sourceDate = sourceDate;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSlug() {
		return this.slug;
	}

	public Category getCategory() {
		return this.category;
	}

	public String getDescription() {
		return this.description;
	}

	public Integer getMonthsToBecomeMin() {
		return this.monthsToBecomeMin;
	}

	public Integer getMonthsToBecomeMax() {
		return this.monthsToBecomeMax;
	}

	public Integer getYearlySalary() {
		return this.yearlySalary;
	}

	public Integer getSalaryRangeLow() {
		return this.salaryRangeLow;
	}

	public Integer getSalaryRangeHigh() {
		return this.salaryRangeHigh;
	}

	public Integer getGrowthRatePct() {
		return this.growthRatePct;
	}

	public Integer getJobOpenings() {
		return this.jobOpenings;
	}

	public BigDecimal getJobSatisfaction() {
		return this.jobSatisfaction;
	}

	public Integer getYearsOfExperience() {
		return this.yearsOfExperience;
	}

	public String getHighestPayingCity() {
		return this.highestPayingCity;
	}

	public String getHighestPayingState() {
		return this.highestPayingState;
	}

	public Company getBestPayingCompany() {
		return this.bestPayingCompany;
	}

	public String getBestPayingIndustry() {
		return this.bestPayingIndustry;
	}

	public String getMostCommonDegree() {
		return this.mostCommonDegree;
	}

	public Integer getMostCommonDegreePct() {
		return this.mostCommonDegreePct;
	}

	public String getMostCommonMajor() {
		return this.mostCommonMajor;
	}

	public String getMostCommonCollege() {
		return this.mostCommonCollege;
	}

	public Integer getAverageAge() {
		return this.averageAge;
	}

	public Integer getLgbtPct() {
		return this.lgbtPct;
	}

	public List<SkillShare> getSkills() {
		return this.skills;
	}

	public List<String> getResponsibilities() {
		return this.responsibilities;
	}

	public List<String> getAlternateTitles() {
		return this.alternateTitles;
	}

	public Map<Integer, BigDecimal> getDemographics() {
		return this.demographics;
	}

	public int getVersion() {
		return this.version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void rename(String title, String slug) {
		this.title = title;
		this.slug = slug;
	}

	public void setCategory(Category category) {
		this.category = category;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public void setMonthsToBecomeMin(Integer monthsToBecomeMin) {
		this.monthsToBecomeMin = monthsToBecomeMin;
	}

	public void setMonthsToBecomeMax(Integer monthsToBecomeMax) {
		this.monthsToBecomeMax = monthsToBecomeMax;
	}

	public void setYearlySalary(Integer yearlySalary) {
		this.yearlySalary = yearlySalary;
	}

	public void setSalaryRangeLow(Integer salaryRangeLow) {
		this.salaryRangeLow = salaryRangeLow;
	}

	public void setSalaryRangeHigh(Integer salaryRangeHigh) {
		this.salaryRangeHigh = salaryRangeHigh;
	}

	public void setGrowthRatePct(Integer growthRatePct) {
		this.growthRatePct = growthRatePct;
	}

	public void setJobOpenings(Integer jobOpenings) {
		this.jobOpenings = jobOpenings;
	}

	public void setJobSatisfaction(BigDecimal jobSatisfaction) {
		this.jobSatisfaction = jobSatisfaction;
	}

	public void setYearsOfExperience(Integer yearsOfExperience) {
		this.yearsOfExperience = yearsOfExperience;
	}

	public void setHighestPayingCity(String highestPayingCity) {
		this.highestPayingCity = highestPayingCity;
	}

	public void setHighestPayingState(String highestPayingState) {
		this.highestPayingState = highestPayingState;
	}

	public void setBestPayingIndustry(String bestPayingIndustry) {
		this.bestPayingIndustry = bestPayingIndustry;
	}

	public void setMostCommonDegree(String mostCommonDegree) {
		this.mostCommonDegree = mostCommonDegree;
	}

	public void setMostCommonDegreePct(Integer mostCommonDegreePct) {
		this.mostCommonDegreePct = mostCommonDegreePct;
	}

	public void setMostCommonMajor(String mostCommonMajor) {
		this.mostCommonMajor = mostCommonMajor;
	}

	public void setMostCommonCollege(String mostCommonCollege) {
		this.mostCommonCollege = mostCommonCollege;
	}

	public void setBestPayingCompany(Company company) {
		this.bestPayingCompany = company;
	}

	public void setAverageAge(Integer averageAge) {
		this.averageAge = averageAge;
	}

	public void setLgbtPct(Integer lgbtPct) {
		this.lgbtPct = lgbtPct;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

}
