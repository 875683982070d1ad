package com.careercompare.text;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class EnglishTest {

	@ParameterizedTest
	@CsvSource({ "collector, a collector", "accounts receivable specialist, an accounts receivable specialist",
			"account specialist, an account specialist", "loss mitigation specialist, a loss mitigation specialist",
			"senior accounts receivable specialist, a senior accounts receivable specialist",
			"engineer, an engineer", "underwriter, an underwriter", "office manager, an office manager",
			"university registrar, a university registrar", "user researcher, a user researcher",
			"european sales lead, a european sales lead", "hourly worker, an hourly worker",
			"honest broker, an honest broker", "HR specialist, an HR specialist", "RN case manager, an RN case manager",
			"UX designer, a UX designer", "CPA, a CPA", "A/R clerk, an A/R clerk", "X-ray technician, an X-ray technician",
			"8th grade teacher, an 8th grade teacher", "11th grade teacher, an 11th grade teacher",
			"1st line supervisor, a 1st line supervisor", "historian, a historian" })
	void articleFollowsTheSoundOfTheFirstWord(String phrase, String expected) {
		assertThat(English.withArticle(phrase)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "collector, collectors", "collections specialist, collections specialists",
			"collections coordinator, collections coordinators", "actuary, actuaries", "attorney, attorneys",
			"coach, coaches", "cashier, cashiers", "boss, bosses", "tax clerk, tax clerks", "salesman, salesmen",
			"chairwoman, chairwomen", "salesperson, salespeople", "human, humans", "clerk of court, clerks of court",
			"HR specialist, HR specialists", "support staff, support staff", "CPA, CPAs" })
	void pluralTakesTheHeadNoun(String phrase, String expected) {
		assertThat(English.plural(phrase)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "collector, collectors'", "collections specialist, collections specialists'",
			"salesperson, salespeople's", "chairwoman, chairwomen's" })
	void pluralPossessiveAddsAnApostropheOrApostropheS(String phrase, String expected) {
		assertThat(English.pluralPossessive(phrase)).isEqualTo(expected);
	}

	@Test
	void listsJoinWithCommasAndAFinalAnd() {
		assertThat(English.list(List.of())).isEmpty();
		assertThat(English.list(List.of("patients"))).isEqualTo("patients");
		assertThat(English.list(List.of("patients", "data entry"))).isEqualTo("patients and data entry");
		assertThat(English.list(List.of("customer service", "patients", "data entry")))
			.isEqualTo("customer service, patients and data entry");
		assertThat(English.list(List.of("a", "b", "c", "d"))).isEqualTo("a, b, c and d");
	}

	@Test
	void comparisonSaysHigherLowerOrTheSame() {
		assertThat(English.comparison(43251, 39873)).isEqualTo("higher than");
		assertThat(English.comparison(35164, 42586)).isEqualTo("lower than");
		assertThat(English.comparison(40000, 40000)).isEqualTo("the same as");
	}

	@ParameterizedTest
	@CsvSource({ "Loss Mitigation Specialist, loss mitigation specialist", "Collector, collector",
			"HR Assistant, HR assistant", "A/R Specialist, A/R specialist", "iOS Developer, iOS developer",
			"McKinsey Consultant, McKinsey consultant" })
	void titlesInASentenceAreLowerCaseButKeepAcronyms(String title, String expected) {
		assertThat(English.inSentence(title)).isEqualTo(expected);
	}

	@Test
	void capitalizeUppercasesOnlyTheFirstLetter() {
		assertThat(English.capitalize("loss mitigation specialists")).isEqualTo("Loss mitigation specialists");
		assertThat(English.capitalize("HR assistants")).isEqualTo("HR assistants");
		assertThat(English.capitalize("")).isEmpty();
	}

	@Test
	void smallNumbersAreWords() {
		assertThat(English.numberWord(3)).isEqualTo("three");
		assertThat(English.numberWord(2)).isEqualTo("two");
		assertThat(English.numberWord(12)).isEqualTo("12");
	}

}
