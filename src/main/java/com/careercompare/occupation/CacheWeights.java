package com.careercompare.occupation;

import java.util.Collection;
import java.util.Map;

/**
 * Estimates of the bytes what the catalog keeps takes: two bytes per character of text, and
 * a fixed amount per object, entry and list element. Estimates, not measurements; they
 * keep the caches' bounds in bytes proportionate whatever the catalog holds.
 */
final class CacheWeights {

	private static final int OBJECT = 48;

	private static final int ELEMENT = 64;

	private CacheWeights() {
	}

	static int of(OccupationProfile profile) {
		long bytes = 8L * OBJECT + text(profile.title()) + text(profile.slug()) + text(profile.description());
		// the title's forms in sentences: four more titles, about
		bytes += OBJECT + 4 * text(profile.title());
		bytes += profile.values().size() * (long) ELEMENT;
		for (String line : profile.responsibilities()) {
			bytes += ELEMENT + text(line);
		}
		for (String title : profile.alternateTitles()) {
			bytes += ELEMENT + text(title);
		}
		for (OccupationProfile.SkillItem skill : profile.skills()) {
			bytes += ELEMENT + text(skill.name());
		}
		bytes += (long) ELEMENT * (profile.gender().size() + profile.race().size());
		return (int) Math.min(bytes, Integer.MAX_VALUE);
	}

	/** A list or map of small records: occupations' summaries, categories, renames, pairs. */
	static int of(Object value) {
		long elements = (value instanceof Collection<?> collection) ? collection.size()
				: (value instanceof Map<?, ?> map) ? map.size() : 1;
		// each element holds a few short strings (titles, slugs)
		return (int) Math.min(OBJECT + elements * 4 * ELEMENT, Integer.MAX_VALUE);
	}

	private static long text(String text) {
		return (text != null) ? OBJECT + 2L * text.length() : 0;
	}

}
