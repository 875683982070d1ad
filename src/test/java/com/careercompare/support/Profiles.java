package com.careercompare.support;

import java.util.Arrays;
import java.util.List;

import com.careercompare.occupation.FieldValues;
import com.careercompare.occupation.Fields;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationProfile.CategoryRef;
import com.careercompare.occupation.OccupationProfile.SkillItem;
import com.careercompare.occupation.OccupationProfile.TimeToBecome;
import com.careercompare.web.Slugs;

/** Occupation profiles built in a test, for the cases the seed does not have. */
public final class Profiles {

	private Profiles() {
	}

	public static OccupationProfile profile(String title, int yearlySalary, TimeToBecome time, String... skills) {
		List<SkillItem> items = Arrays.stream(skills).map((skill) -> new SkillItem(skill, null)).toList();
		FieldValues values = FieldValues.builder()
			.with(Fields.TITLE, title)
			.with(Fields.DESCRIPTION, title + " description.")
			.with(Fields.YEARLY_SALARY, yearlySalary)
			.with(Fields.MONTHS_TO_BECOME_MIN, (time != null) ? time.minMonths() : null)
			.with(Fields.MONTHS_TO_BECOME_MAX, (time != null) ? time.maxMonths() : null)
			.build();
		return new OccupationProfile(title, Slugs.of(title), new CategoryRef("Office and administrative",
				"office-and-administrative"), values, items, List.of(), List.of(), List.of(), List.of(), null);
	}

	public static TimeToBecome months(int min, int max) {
		return new TimeToBecome(min, max);
	}

}
