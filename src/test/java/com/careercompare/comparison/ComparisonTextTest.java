package com.careercompare.comparison;

import java.util.List;

import com.careercompare.occupation.OccupationProfile;
import org.junit.jupiter.api.Test;

import static com.careercompare.support.Profiles.months;
import static com.careercompare.support.Profiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

/** The English of comparison pages, for the source pages' pairs and for the cases they lack. */
class ComparisonTextTest {

	private static final OccupationProfile LOSS_MITIGATION = profile("Loss Mitigation Specialist", 43251, months(6, 12),
			"Customer Service", "Loan Modifications", "Foreclosure Process");

	private static final OccupationProfile ACCOUNTS_RECEIVABLE = profile("Accounts Receivable Specialist", 39873,
			months(6, 12), "Customer Service", "Patients", "Data Entry");

	private static final OccupationProfile COLLECTIONS_SPECIALIST = profile("Collections Specialist", 35164,
			months(6, 12), "Customer Service", "Patients", "Customer Accounts");

	private static final OccupationProfile ACCOUNT_SPECIALIST = profile("Account Specialist", 42586, months(6, 12),
			"Customer Service", "Patients", "Account Management");

	private static final OccupationProfile COLLECTOR = profile("Collector", 34872, months(6, 12), "Patients",
			"Customer Service", "Payment Arrangements");

	@Test
	void introSaysHowLongEachTakesWhichPaysMoreByHowMuchAndTheTopSkills() {
		assertThat(ComparisonText.intro(List.of(LOSS_MITIGATION, ACCOUNTS_RECEIVABLE))).containsExactly(
				"The differences between loss mitigation specialists and accounts receivable specialists can be seen "
						+ "in a few details. Each job has different responsibilities and duties. It typically takes "
						+ "6-12 months to become both a loss mitigation specialist and an accounts receivable specialist. "
						+ "Additionally, a loss mitigation specialist has an average salary of $43,251, which is $3,378 "
						+ "higher than the $39,873 average annual salary of an accounts receivable specialist.",
				"The top three skills for a loss mitigation specialist include customer service, loan modifications "
						+ "and foreclosure process. The most important skills for an accounts receivable specialist are "
						+ "customer service, patients and data entry.");
	}

	@Test
	void introSaysLowerThanWhenTheFirstPaysLess() {
		assertThat(ComparisonText.intro(List.of(COLLECTIONS_SPECIALIST, ACCOUNT_SPECIALIST)).get(0)).endsWith(
				"Additionally, a collections specialist has an average salary of $35,164, which is $7,422 lower than "
						+ "the $42,586 average annual salary of an account specialist.");
	}

	@Test
	void introSaysTheSameAsWhenBothPayTheSame() {
		OccupationProfile twin = profile("Office Clerk", 34872, months(6, 12), "Filing");
		assertThat(ComparisonText.intro(List.of(COLLECTOR, twin)).get(0)).endsWith(
				"Additionally, a collector has an average salary of $34,872, which is the same as the average annual "
						+ "salary of an office clerk.");
	}

	@Test
	void introGivesEachTimeToBecomeWhenTheyDiffer() {
		OccupationProfile underwriter = profile("Underwriter", 60000, months(12, 24), "Risk", "Loans", "Math");
		assertThat(ComparisonText.intro(List.of(COLLECTOR, underwriter)).get(0))
			.contains("It typically takes 6-12 months to become a collector and 1-2 years to become an underwriter. "
					+ "Additionally, a collector");
	}

	@Test
	void introSaysWhenTheTimeToBecomeOneIsUnknown() {
		OccupationProfile unknown = profile("HR Assistant", 40000, null, "Payroll");
		assertThat(ComparisonText.intro(List.of(unknown, COLLECTOR)).get(0)).contains(
				"It typically takes 6-12 months to become a collector; how long it takes to become an HR assistant is "
						+ "not known. Additionally,");
		OccupationProfile alsoUnknown = profile("Clerk", 30000, null);
		assertThat(ComparisonText.intro(List.of(unknown, alsoUnknown)).get(0))
			.doesNotContain("It typically takes")
			.endsWith("duties. An HR assistant has an average salary of $40,000, which is $10,000 higher than the "
					+ "$30,000 average annual salary of a clerk.");
	}

	@Test
	void skillSentencesFitTheNumberOfSkills() {
		OccupationProfile two = profile("Actuary", 90000, months(6, 12), "Statistics", "Modeling");
		OccupationProfile one = profile("Attorney", 120000, months(6, 12), "Law");
		OccupationProfile none = profile("Clerk", 30000, months(6, 12));
		assertThat(ComparisonText.intro(List.of(two, one)).get(1)).isEqualTo(
				"The top two skills for an actuary include statistics and modeling. The most important skill for an "
						+ "attorney is law.");
		assertThat(ComparisonText.intro(List.of(none, COLLECTOR)).get(1))
			.isEqualTo("The most important skills for a collector are patients, customer service and payment arrangements.");
	}

	@Test
	void sectionTextsUseArticlesPluralsAndPossessives() {
		assertThat(ComparisonText.title(List.of(COLLECTIONS_SPECIALIST, ACCOUNT_SPECIALIST)))
			.isEqualTo("Collections Specialist vs Account Specialist");
		assertThat(ComparisonText.headingPrefix(List.of(COLLECTIONS_SPECIALIST, ACCOUNT_SPECIALIST)))
			.isEqualTo("Collections specialist vs account specialist");
		assertThat(ComparisonText.whatDoes(ACCOUNT_SPECIALIST)).isEqualTo("What does an account specialist do?");
		assertThat(ComparisonText.whatDoes(COLLECTOR)).isEqualTo("What does a collector do?");
		assertThat(ComparisonText.salaryLead(List.of(COLLECTIONS_SPECIALIST, ACCOUNT_SPECIALIST)))
			.isEqualTo("Collections specialists and account specialists have different pay scales, as shown below.");
		assertThat(ComparisonText.educationLead(List.of(COLLECTIONS_SPECIALIST, ACCOUNT_SPECIALIST))).isEqualTo(
				"There are a few differences between a collections specialist and an account specialist in terms of "
						+ "educational background:");
		assertThat(ComparisonText.demographicsLead(List.of(COLLECTIONS_SPECIALIST, COLLECTOR)))
			.isEqualTo("Here are the differences between collections specialists' and collectors' demographics:");
		assertThat(ComparisonText.educationHeading(List.of(COLLECTOR, ACCOUNT_SPECIALIST)))
			.isEqualTo("Differences between collector and account specialist education");
		assertThat(ComparisonText.responsibilitiesHeading(COLLECTOR)).isEqualTo("Collector example responsibilities");
		assertThat(ComparisonText.skillsHeading(ACCOUNTS_RECEIVABLE))
			.isEqualTo("Common accounts receivable specialist skills");
	}

	@Test
	void metaDescriptionNamesBothAndTheirPay() {
		assertThat(ComparisonText.metaDescription(List.of(COLLECTOR, ACCOUNT_SPECIALIST)))
			.isEqualTo("Compare collectors ($34,872 a year) and account specialists ($42,586): salary, growth, job "
					+ "openings, education, demographics, duties and skills.");
	}

	@Test
	void threeReadAsAListWithARankingOfTheirPay() {
		List<String> intro = ComparisonText.intro(List.of(COLLECTOR, ACCOUNT_SPECIALIST, COLLECTIONS_SPECIALIST));
		assertThat(intro.get(0)).isEqualTo("The differences between collectors, account specialists and collections "
				+ "specialists can be seen in a few details. Each job has different responsibilities and duties. It "
				+ "typically takes 6-12 months to become a collector, an account specialist or a collections "
				+ "specialist. Additionally, an account specialist earns the most, $42,586 a year on average, then a "
				+ "collections specialist ($35,164); a collector earns the least, $34,872.");
		assertThat(intro.get(1)).isEqualTo("The top three skills for a collector include patients, customer service "
				+ "and payment arrangements. The most important skills for an account specialist are customer "
				+ "service, patients and account management. The most important skills for a collections specialist "
				+ "are customer service, patients and customer accounts.");
	}

	@Test
	void fourRankTheMiddleTwoAfterTheHighest() {
		assertThat(ComparisonText.ranking(List.of(COLLECTOR, LOSS_MITIGATION, ACCOUNT_SPECIALIST, ACCOUNTS_RECEIVABLE)))
			.isEqualTo("a loss mitigation specialist earns the most, $43,251 a year on average, then an account "
					+ "specialist ($42,586) and an accounts receivable specialist ($39,873); a collector earns the "
					+ "least, $34,872.");
	}

	@Test
	void occupationsThatPayTheSameShareTheirPlaceInTheRanking() {
		OccupationProfile twin = profile("Underwriter", 34872, months(6, 12), "Risk");
		assertThat(ComparisonText.ranking(List.of(ACCOUNT_SPECIALIST, COLLECTOR, twin)))
			.isEqualTo("an account specialist earns the most, $42,586 a year on average; a collector and an "
					+ "underwriter earn the least, $34,872 each.");
		OccupationProfile other = profile("Auditor", 34872, months(6, 12), "Risk");
		assertThat(ComparisonText.ranking(List.of(COLLECTOR, twin, other)))
			.isEqualTo("a collector, an underwriter and an auditor all have the same average salary, $34,872.");
	}

	@Test
	void timesToBecomeOfThreeAreListedEachOrOnceWhenTheSame() {
		OccupationProfile longer = profile("Underwriter", 50000, months(12, 24), "Risk");
		OccupationProfile unknown = profile("Auditor", 40000, null, "Risk");
		assertThat(ComparisonText.intro(List.of(COLLECTOR, longer, unknown)).get(0)).contains("It typically takes "
				+ "6-12 months to become a collector and 1-2 years to become an underwriter; how long it takes to "
				+ "become an auditor is not known.");
	}

	@Test
	void sectionTextsOfFourListEveryOccupation() {
		List<OccupationProfile> four = List.of(COLLECTOR, ACCOUNT_SPECIALIST, COLLECTIONS_SPECIALIST, LOSS_MITIGATION);
		assertThat(ComparisonText.title(four))
			.isEqualTo("Collector vs Account Specialist vs Collections Specialist vs Loss Mitigation Specialist");
		assertThat(ComparisonText.headingPrefix(four))
			.isEqualTo("Collector vs account specialist vs collections specialist vs loss mitigation specialist");
		assertThat(ComparisonText.educationLead(four)).isEqualTo("There are a few differences between a collector, "
				+ "an account specialist, a collections specialist and a loss mitigation specialist in terms of "
				+ "educational background:");
		assertThat(ComparisonText.demographicsLead(four)).isEqualTo("Here are the differences between collectors', "
				+ "account specialists', collections specialists' and loss mitigation specialists' demographics:");
		assertThat(ComparisonText.metaDescription(four)).isEqualTo("Compare collectors ($34,872 a year), account "
				+ "specialists ($42,586), collections specialists ($35,164) and loss mitigation specialists "
				+ "($43,251): salary, growth, job openings, education, demographics, duties and skills.");
	}

}
