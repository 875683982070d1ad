package com.careercompare.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A title's forms in sentences, worked out once, are English's. */
class TitleFormsTest {

	@Test
	void eachFormIsTheTitleAsEnglishWritesIt() {
		for (String title : new String[] { "Accounts Receivable Specialist", "HR Assistant", "Clerk of Court",
				"Underwriter", "Salesperson" }) {
			TitleForms forms = TitleForms.of(title);
			String inSentence = English.inSentence(title);

			assertThat(forms.inSentence()).isEqualTo(inSentence);
			assertThat(forms.withArticle()).isEqualTo(English.withArticle(inSentence));
			assertThat(forms.plural()).isEqualTo(English.plural(inSentence));
			assertThat(forms.pluralPossessive()).isEqualTo(English.pluralPossessive(inSentence));
		}
		assertThat(TitleForms.of("HR Assistant").withArticle()).isEqualTo("an HR assistant");
		assertThat(TitleForms.of("Clerk of Court").plural()).isEqualTo("clerks of court");
	}

}
