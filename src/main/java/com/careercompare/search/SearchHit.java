package com.careercompare.search;

import com.careercompare.text.Figures;
import com.careercompare.web.Paths;

/**
 * An occupation found by a search.
 *
 * @param alternate the alternate title that matched, if it was one
 * @param match how it matched
 */
public record SearchHit(String slug, String title, String description, int yearlySalary, String alternate, Match match) {

	/** How long the one-line description may be. */
	static final int SUMMARY_LENGTH = 160;

	/** How an occupation matched, best first; {@code LISTED} when there was no query. */
	public enum Match {

		LISTED, TITLE, TITLE_START, TITLE_WORDS, ALTERNATE_TITLE, SIMILAR;

		static Match ofTier(int tier) {
			return values()[tier];
		}

	}

	public String path() {
		return Paths.occupation(this.slug);
	}

	public String averageSalary() {
		return Figures.dollars(this.yearlySalary);
	}

	/** The description's first sentence, or its start when that is too long for one line. */
	public String summary() {
		String text = this.description.strip();
		int end = text.indexOf(". ");
		String sentence = (end >= 0) ? text.substring(0, end + 1) : text;
		if (sentence.length() <= SUMMARY_LENGTH) {
			return sentence;
		}
		int cut = sentence.lastIndexOf(' ', SUMMARY_LENGTH - 1);
		return sentence.substring(0, (cut > 0) ? cut : SUMMARY_LENGTH - 1).replaceAll("[,;:]$", "") + "\u2026";
	}

}
