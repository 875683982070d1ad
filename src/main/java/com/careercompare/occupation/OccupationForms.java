package com.careercompare.occupation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.careercompare.occupation.DemographicGroup.Dimension;
import com.careercompare.occupation.OccupationForm.ShareRow;
import com.careercompare.occupation.OccupationForm.SkillRow;

import org.springframework.stereotype.Component;

/**
 * Occupations as forms: the one mapping from an occupation, as it is saved or as the
 * history says it was, to the {@link OccupationForm} that the admin pages edit and compare.
 */
@Component
class OccupationForms {

	private final DemographicGroups groups;

	OccupationForms(DemographicGroups groups) {
		this.groups = groups;
	}

	DemographicGroups groups() {
		return this.groups;
	}

	/** A form with nothing filled in but a row for each demographic group. */
	OccupationForm newForm() {
		OccupationForm form = new OccupationForm();
		for (DemographicGroups.Group group : this.groups.all()) {
			rowsOf(form, group).add(new ShareRow(group.id(), null));
		}
		return form;
	}

	/** The form of an occupation as it is saved, or as it was when read from the history. */
	OccupationForm formOf(Occupation occupation) {
		OccupationForm form = new OccupationForm();
		form.setVersion(occupation.getVersion());
		form.setTitle(occupation.getTitle());
		form.setCategory(occupation.getCategory().getName());
		form.setDescription(occupation.getDescription());
		form.setMonthsToBecomeMin(occupation.getMonthsToBecomeMin());
		form.setMonthsToBecomeMax(occupation.getMonthsToBecomeMax());
		form.setYearlySalary(occupation.getYearlySalary());
		form.setSalaryRangeLow(occupation.getSalaryRangeLow());
		form.setSalaryRangeHigh(occupation.getSalaryRangeHigh());
		form.setGrowthRatePct(occupation.getGrowthRatePct());
		form.setJobOpenings(occupation.getJobOpenings());
		form.setJobSatisfaction(occupation.getJobSatisfaction());
		form.setYearsOfExperience(occupation.getYearsOfExperience());
		form.setHighestPayingCity(occupation.getHighestPayingCity());
		form.setHighestPayingState(occupation.getHighestPayingState());
		Company company = occupation.getBestPayingCompany();
		form.setBestPayingCompany((company != null) ? company.getName() : null);
		form.setBestPayingCompanyAbout((company != null) ? company.getAbout() : null);
		form.setBestPayingIndustry(occupation.getBestPayingIndustry());
		form.setMostCommonDegree(occupation.getMostCommonDegree());
		form.setMostCommonDegreePct(occupation.getMostCommonDegreePct());
		form.setMostCommonMajor(occupation.getMostCommonMajor());
		form.setMostCommonCollege(occupation.getMostCommonCollege());
		form.setAverageAge(occupation.getAverageAge());
		form.setLgbtPct(occupation.getLgbtPct());
		Map<Integer, BigDecimal> shares = occupation.getDemographics();
		for (DemographicGroups.Group group : this.groups.all()) {
			rowsOf(form, group).add(new ShareRow(group.id(), shares.get(group.id())));
		}
		for (SkillShare skill : occupation.getSkills()) {
			form.getSkills()
				.add(new SkillRow(skill.getSkill().getName(),
						(skill.getSharePct() != null) ? skill.getSharePct() + "%" : null));
		}
		form.getResponsibilities().addAll(occupation.getResponsibilities());
		form.getAlternateTitles().addAll(occupation.getAlternateTitles());
		return form;
	}

	/** Facts compared field by field, with the groups named. */
	OccupationFields fields() {
		return new OccupationFields(this.groups.names());
	}

	private static List<ShareRow> rowsOf(OccupationForm form, DemographicGroups.Group group) {
		return (group.dimension() == Dimension.GENDER) ? form.getGender() : form.getRace();
	}

}
