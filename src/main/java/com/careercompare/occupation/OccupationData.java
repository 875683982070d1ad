package com.careercompare.occupation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.careercompare.occupation.OccupationProfile.SkillItem;
import com.careercompare.occupation.data.Occupation;

/**
 * Everything admins can change about an occupation, as plain values: its {@link Fields}
 * and its lists. What a form saves, and what the history kept of each revision.
 *
 * @param shares each demographic group's share of the workers in percent, by the group's id
 */
public record OccupationData(FieldValues values, List<SkillItem> skills, List<String> responsibilities,
		List<String> alternateTitles, Map<Integer, BigDecimal> shares) {

	public OccupationData {
		skills = List.copyOf(skills);
		responsibilities = List.copyOf(responsibilities);
		alternateTitles = List.copyOf(alternateTitles);
		Map<Integer, BigDecimal> plain = new HashMap<>();
		shares.forEach((group, pct) -> plain.put(group, FieldValues.plain(pct)));
		shares = Map.copyOf(plain);
	}

	public String title() {
		return this.values.get(Fields.TITLE);
	}

	static OccupationData of(Occupation occupation) {
		return new OccupationData(FieldValues.of(occupation),
				occupation.getSkills()
					.stream()
					.map((skill) -> new SkillItem(skill.getSkill().getName(), skill.getSharePct()))
					.toList(),
				occupation.getResponsibilities(), occupation.getAlternateTitles(), occupation.getDemographics());
	}

}
