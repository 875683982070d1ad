package com.careercompare.support;

import java.util.Arrays;
import java.util.List;

import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationProfile.CategoryRef;
import com.careercompare.occupation.OccupationProfile.Demographics;
import com.careercompare.occupation.OccupationProfile.Education;
import com.careercompare.occupation.OccupationProfile.Pay;
import com.careercompare.occupation.OccupationProfile.SkillItem;
import com.careercompare.occupation.OccupationProfile.TimeToBecome;
import com.careercompare.web.Slugs;

/** Occupation profiles built in a test, for the cases the seed does not have. */
public final class Profiles {

	private Profiles() {
	}

	public static OccupationProfile profile(String title, int yearlySalary, TimeToBecome time, String... skills) {
		List<SkillItem> items = Arrays.stream(skills).map((skill) -> new SkillItem(skill, null)).toList();
		return new OccupationProfile(title, Slugs.of(title), new CategoryRef("Office and administrative",
				"office-and-administrative"), title + " description.", time,
				new Pay(yearlySalary, null, null, null, null, null, null, null), null, null, null, null,
				new Education(null, null, null, null), new Demographics(null, List.of(), List.of(), null), items,
				List.of(), List.of(), null);
	}

	public static TimeToBecome months(int min, int max) {
		return new TimeToBecome(min, max);
	}

}
