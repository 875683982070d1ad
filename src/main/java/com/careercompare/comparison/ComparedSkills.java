package com.careercompare.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.careercompare.occupation.OccupationProfile;
import com.careercompare.text.English;

/**
 * An occupation's skills as {@link SkillOverlap} matches and names them, worked out once with
 * its parts ({@link ComparisonColumn}) rather than on every page it is on.
 *
 * @param names the skills compared ({@link SkillOverlap#skills}), in the occupation's order
 * @param keys each of {@code names} in lower case (skills are matched in any case), in the same order
 * @param keySet the same keys, to look them up
 * @param words each name as a sentence writes it ({@link English#inSentence})
 */
record ComparedSkills(List<String> names, List<String> keys, Set<String> keySet, Map<String, String> words) {

	static ComparedSkills of(OccupationProfile occupation) {
		List<String> names = SkillOverlap.skills(occupation);
		List<String> keys = new ArrayList<>(names.size());
		Set<String> keySet = new HashSet<>(2 * names.size());
		Map<String, String> words = new HashMap<>(2 * names.size());
		for (String name : names) {
			String key = key(name);
			keys.add(key);
			keySet.add(key);
			words.put(name, English.inSentence(name));
		}
		return new ComparedSkills(names, List.copyOf(keys), keySet, words);
	}

	/** A skill's name as skills are matched: in lower case. */
	static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	/** About how many bytes these take in memory, for the parts' weight. */
	int weight() {
		int bytes = 256;
		for (String name : this.names) {
			bytes += 3 * (48 + name.length()) + 64;
		}
		return bytes;
	}

}
