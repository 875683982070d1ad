package com.careercompare.comparison;

import java.util.List;

import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationProfile.SkillItem;
import com.careercompare.occupation.OccupationProfile.TimeToBecome;
import com.careercompare.text.English;
import com.careercompare.text.Figures;

/**
 * The sentences of a comparison page, written for any two occupations: the right
 * article, plural and possessive for each title, and the right comparison of their pay.
 */
final class ComparisonText {

	private ComparisonText() {
	}

	/** "Loss Mitigation Specialist vs Accounts Receivable Specialist". */
	static String title(OccupationProfile first, OccupationProfile second) {
		return first.title() + " vs " + second.title();
	}

	/** The two paragraphs that open the page: time to become, pay, top skills. */
	static List<String> intro(OccupationProfile first, OccupationProfile second) {
		String opening = "The differences between " + plural(first) + " and " + plural(second)
				+ " can be seen in a few details. Each job has different responsibilities and duties.";
		String time = timeToBecome(first, second);
		String pay = pay(first, second);
		String firstParagraph = time.isEmpty() ? opening + " " + English.capitalize(pay)
				: opening + " " + time + " Additionally, " + pay;
		String skills = skills(first, "The top %s skills for %s include %s.") + " "
				+ skills(second, "The most important skills for %2$s are %3$s.");
		return List.of(firstParagraph, skills.strip());
	}

	/** "loss mitigation specialist vs accounts receivable specialist", for headings that add a word. */
	static String headingPrefix(OccupationProfile first, OccupationProfile second) {
		return English.capitalize(inSentence(first) + " vs " + inSentence(second));
	}

	/** "What does a loss mitigation specialist do?" */
	static String whatDoes(OccupationProfile occupation) {
		return "What does " + withArticle(occupation) + " do?";
	}

	/** "Loss mitigation specialists and accounts receivable specialists have different pay scales, as shown below." */
	static String salaryLead(OccupationProfile first, OccupationProfile second) {
		return English.capitalize(plural(first) + " and " + plural(second)
				+ " have different pay scales, as shown below.");
	}

	/** "Differences between loss mitigation specialist and accounts receivable specialist education" */
	static String educationHeading(OccupationProfile first, OccupationProfile second) {
		return "Differences between " + inSentence(first) + " and " + inSentence(second) + " education";
	}

	/** "There are a few differences between a loss mitigation specialist and an accounts receivable specialist in terms of educational background:" */
	static String educationLead(OccupationProfile first, OccupationProfile second) {
		return "There are a few differences between " + withArticle(first) + " and " + withArticle(second)
				+ " in terms of educational background:";
	}

	/** "Here are the differences between loss mitigation specialists' and accounts receivable specialists' demographics:" */
	static String demographicsLead(OccupationProfile first, OccupationProfile second) {
		return "Here are the differences between " + English.pluralPossessive(inSentence(first)) + " and "
				+ English.pluralPossessive(inSentence(second)) + " demographics:";
	}

	/** "Differences between loss mitigation specialist and accounts receivable specialist duties and responsibilities" */
	static String dutiesHeading(OccupationProfile first, OccupationProfile second) {
		return "Differences between " + inSentence(first) + " and " + inSentence(second)
				+ " duties and responsibilities";
	}

	/** "Senior accounts receivable specialist example responsibilities." */
	static String responsibilitiesHeading(OccupationProfile occupation) {
		return English.capitalize(inSentence(occupation)) + " example responsibilities";
	}

	/** "Common collector skills" */
	static String skillsHeading(OccupationProfile occupation) {
		return "Common " + inSentence(occupation) + " skills";
	}

	/** The meta description: both titles, both salaries, what the page covers. */
	static String metaDescription(OccupationProfile first, OccupationProfile second) {
		return "Compare " + plural(first) + " (" + Figures.dollars(first.pay().yearlySalary()) + " a year) and "
				+ plural(second) + " (" + Figures.dollars(second.pay().yearlySalary())
				+ "): salary, growth, job openings, education, demographics, duties and skills.";
	}

	private static String timeToBecome(OccupationProfile first, OccupationProfile second) {
		TimeToBecome a = first.timeToBecome();
		TimeToBecome b = second.timeToBecome();
		if (a != null && a.equals(b)) {
			return "It typically takes " + months(a) + " to become both " + withArticle(first) + " and "
					+ withArticle(second) + ".";
		}
		if (a != null && b != null) {
			return "It typically takes " + months(a) + " to become " + withArticle(first) + " and " + months(b)
					+ " to become " + withArticle(second) + ".";
		}
		if (a != null || b != null) {
			OccupationProfile known = (a != null) ? first : second;
			OccupationProfile unknown = (a != null) ? second : first;
			return "It typically takes " + months(known.timeToBecome()) + " to become " + withArticle(known)
					+ "; how long it takes to become " + withArticle(unknown) + " is not known.";
		}
		return "";
	}

	private static String pay(OccupationProfile first, OccupationProfile second) {
		int a = first.pay().yearlySalary();
		int b = second.pay().yearlySalary();
		String lead = withArticle(first) + " has an average salary of " + Figures.dollars(a) + ", which is ";
		if (a == b) {
			return lead + "the same as the average annual salary of " + withArticle(second) + ".";
		}
		return lead + Figures.dollars(Math.abs(a - b)) + " " + English.comparison(a, b) + " the " + Figures.dollars(b)
				+ " average annual salary of " + withArticle(second) + ".";
	}

	/** A sentence naming the occupation's top skills; the pattern takes the count, the occupation and the list. */
	private static String skills(OccupationProfile occupation, String pattern) {
		List<SkillItem> top = occupation.topSkills();
		List<String> names = top.stream().map((skill) -> English.inSentence(skill.name())).toList();
		return switch (names.size()) {
			case 0 -> "";
			case 1 -> "The most important skill for " + withArticle(occupation) + " is " + names.get(0) + ".";
			default -> String.format(pattern, English.numberWord(names.size()), withArticle(occupation),
					English.list(names));
		};
	}

	private static String months(TimeToBecome time) {
		return Figures.monthsRange(time.minMonths(), time.maxMonths());
	}

	private static String inSentence(OccupationProfile occupation) {
		return English.inSentence(occupation.title());
	}

	private static String withArticle(OccupationProfile occupation) {
		return English.withArticle(inSentence(occupation));
	}

	private static String plural(OccupationProfile occupation) {
		return English.plural(inSentence(occupation));
	}

}
