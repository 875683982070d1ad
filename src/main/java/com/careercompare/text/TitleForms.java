package com.careercompare.text;

/**
 * The forms of a job title that sentences use, worked out once per title: a comparison page
 * writes each of its titles a dozen times, in one form or another.
 *
 * @param inSentence "loss mitigation specialist" ({@link English#inSentence})
 * @param withArticle "a loss mitigation specialist"
 * @param plural "loss mitigation specialists"
 * @param pluralPossessive "loss mitigation specialists'"
 */
public record TitleForms(String inSentence, String withArticle, String plural, String pluralPossessive) {

	public static TitleForms of(String title) {
		String inSentence = English.inSentence(title);
		return new TitleForms(inSentence, English.withArticle(inSentence), English.plural(inSentence),
				English.pluralPossessive(inSentence));
	}

}
