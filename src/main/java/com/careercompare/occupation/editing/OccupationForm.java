package com.careercompare.occupation.editing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.careercompare.occupation.DemographicGroups;
import com.careercompare.occupation.Field;
import com.careercompare.occupation.FieldValues;
import com.careercompare.occupation.Fields;
import com.careercompare.occupation.OccupationData;
import com.careercompare.occupation.OccupationProfile.SkillItem;
import com.careercompare.occupation.StoredOccupation;
import com.careercompare.text.Percent;
import com.careercompare.web.AdminForms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * Everything an admin can change about an occupation, as the admin form binds it: the text
 * typed for each of the occupation's {@link Fields} under its name ({@code values[yearlySalary]}),
 * and the rows of its lists. The fields' rules are their own (see {@link Field#problem});
 * {@link OccupationFormValidator} applies them and those that span several fields. Blank
 * rows of the lists are ignored when saving.
 */
public class OccupationForm {

	/** Rows of a list beyond this many are refused. */
	public static final int MAX_ROWS = AdminForms.MAX_ROWS;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** The version the admin started from; a save over a newer one is a conflict. */
	private Integer version;

	/** What was typed for each field, by the field's name; blank ones are {@code null} or absent. */
	private Map<String, String> values = new LinkedHashMap<>();

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

		@jakarta.validation.constraints.Pattern(regexp = "\\s*(100|[1-9]?\\d)\\s*%?\\s*",
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

	/** A form with nothing filled in but a row for each demographic group. */
	static OccupationForm blank(List<DemographicGroups.Group> groups) {
		OccupationForm form = new OccupationForm();
		for (DemographicGroups.Group group : groups) {
			form.rows(group).add(new ShareRow(group.id(), null));
		}
		return form;
	}

	/** The form of an occupation as it is saved, or as it was when a revision saved it. */
	static OccupationForm of(OccupationData data, List<DemographicGroups.Group> groups) {
		OccupationForm form = new OccupationForm();
		for (Field<?> field : Fields.ALL) {
			form.values.put(field.name(), written(field, data.values()));
		}
		for (DemographicGroups.Group group : groups) {
			form.rows(group).add(new ShareRow(group.id(), data.shares().get(group.id())));
		}
		for (SkillItem skill : data.skills()) {
			form.skills.add(new SkillRow(skill.name(), (skill.sharePct() != null) ? skill.sharePct() + "%" : null));
		}
		form.responsibilities.addAll(data.responsibilities());
		form.alternateTitles.addAll(data.alternateTitles());
		return form;
	}

	static OccupationForm of(StoredOccupation occupation, List<DemographicGroups.Group> groups) {
		OccupationForm form = of(occupation.data(), groups);
		form.setVersion(occupation.version());
		return form;
	}

	/** What was typed for this field; {@code null} when blank. */
	String text(Field<?> field) {
		return this.values.get(field.name());
	}

	/** What was typed for this field read as its value; {@code null} when blank or not understood. */
	<T> T value(Field<T> field) {
		return field.read(text(field));
	}

	/**
	 * The data this form saves, once it has passed its checks: each field's value, the rows
	 * that are not blank, and names with single spaces between their words.
	 */
	OccupationData data() {
		FieldValues.Builder values = FieldValues.builder();
		for (Field<?> field : Fields.ALL) {
			put(values, field);
		}
		Map<Integer, BigDecimal> shares = new HashMap<>();
		for (ShareRow row : allShares()) {
			if (row.getPct() != null) {
				shares.put(row.getGroupId(), row.getPct());
			}
		}
		List<SkillItem> skills = this.skills.stream()
			.filter((row) -> row.getName() != null)
			.map((row) -> new SkillItem(tidyName(row.getName()), row.sharePct()))
			.toList();
		return new OccupationData(values.build(), skills,
				this.responsibilities.stream().filter(Objects::nonNull).toList(),
				this.alternateTitles.stream().filter(Objects::nonNull).map(OccupationForm::tidyName).toList(), shares);
	}

	/** Writes each value that was understood the way the pages write it, so that it reads back the same. */
	void tidy() {
		for (Field<?> field : Fields.ALL) {
			this.values.computeIfPresent(field.name(), (name, text) -> field.tidy(text));
		}
		for (SkillRow row : this.skills) {
			row.setName(tidyName(row.getName()));
		}
		this.alternateTitles.replaceAll(OccupationForm::tidyName);
	}

	List<ShareRow> allShares() {
		List<ShareRow> all = new ArrayList<>(this.gender);
		all.addAll(this.race);
		return all;
	}

	static String tidyName(String name) {
		return (name != null) ? SPACES.matcher(name.strip()).replaceAll(" ") : null;
	}

	private <T> void put(FieldValues.Builder values, Field<T> field) {
		values.with(field, value(field));
	}

	private static <T> String written(Field<T> field, FieldValues values) {
		return field.write(values.get(field));
	}

	private List<ShareRow> rows(DemographicGroups.Group group) {
		return group.isGender() ? this.gender : this.race;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public Map<String, String> getValues() {
		return this.values;
	}

	public void setValues(Map<String, String> values) {
		this.values = values;
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
