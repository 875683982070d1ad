package com.careercompare.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.careercompare.occupation.CatalogSlice;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationProfile;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intro of every ordered pair of the eight seeded occupations, checked against
 * sentences built here from hand-written English for each occupation.
 */
@DataJpaTest
@Import(CatalogSlice.class)
class SeededPairsIntroTest {

	/** How each occupation reads in a sentence, written by hand: with its article, plural, salary and top skills. */
	private record Words(String withArticle, String plural, int salary, String topSkills) {
	}

	private static final Map<String, Words> WORDS = Map.of(
			"loss-mitigation-specialist", new Words("a loss mitigation specialist", "loss mitigation specialists", 43251,
					"customer service, loan modifications and foreclosure process"),
			"accounts-receivable-specialist", new Words("an accounts receivable specialist",
					"accounts receivable specialists", 39873, "customer service, patients and data entry"),
			"collections-coordinator", new Words("a collections coordinator", "collections coordinators", 37938,
					"customer service, patients and phone calls"),
			"senior-accounts-receivable-specialist", new Words("a senior accounts receivable specialist",
					"senior accounts receivable specialists", 54494,
					"account reconciliations, customer accounts and reconciliations"),
			"collector", new Words("a collector", "collectors", 34872,
					"patients, customer service and payment arrangements"),
			"account-resolution-specialist", new Words("an account resolution specialist",
					"account resolution specialists", 35602, "account resolution, outbound calls and inbound calls"),
			"collections-specialist", new Words("a collections specialist", "collections specialists", 35164,
					"customer service, patients and customer accounts"),
			"account-specialist", new Words("an account specialist", "account specialists", 42586,
					"customer service, patients and account management"));

	@Autowired
	private OccupationCatalog catalog;

	@Test
	void everyOrderedPairOfSeededOccupationsHasTheRightIntro() {
		Map<String, OccupationProfile> profiles = this.catalog.profiles(this.catalog.version(), WORDS.keySet());
		assertThat(profiles).hasSize(8);
		List<String> checked = new ArrayList<>();
		for (String first : WORDS.keySet()) {
			for (String second : WORDS.keySet()) {
				if (!first.equals(second)) {
					assertThat(ComparisonText.intro(List.of(profiles.get(first), profiles.get(second))))
						.as("%s vs %s", first, second)
						.containsExactly(expectedPay(WORDS.get(first), WORDS.get(second)),
								expectedSkills(WORDS.get(first), WORDS.get(second)));
					checked.add(first + "-vs-" + second);
				}
			}
		}
		assertThat(checked).hasSize(56).doesNotHaveDuplicates();
	}

	private static String expectedPay(Words a, Words b) {
		String comparison = (a.salary() > b.salary()) ? "higher than" : "lower than";
		return Stream.of("The differences between " + a.plural() + " and " + b.plural()
				+ " can be seen in a few details.", "Each job has different responsibilities and duties.",
				"It typically takes 6-12 months to become both " + a.withArticle() + " and " + b.withArticle() + ".",
				"Additionally, " + a.withArticle() + " has an average salary of " + dollars(a.salary()) + ", which is "
						+ dollars(Math.abs(a.salary() - b.salary())) + " " + comparison + " the "
						+ dollars(b.salary()) + " average annual salary of " + b.withArticle() + ".")
			.reduce((x, y) -> x + " " + y)
			.orElseThrow();
	}

	private static String expectedSkills(Words a, Words b) {
		return "The top three skills for " + a.withArticle() + " include " + a.topSkills()
				+ ". The most important skills for " + b.withArticle() + " are " + b.topSkills() + ".";
	}

	private static String dollars(int amount) {
		return String.format("$%,d", amount);
	}

}
