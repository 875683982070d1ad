package com.careercompare.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationProfile.SkillItem;
import com.careercompare.occupation.OccupationProfile.TimeToBecome;
import com.careercompare.text.English;
import com.careercompare.text.Figures;

/**
 * The sentences of a comparison page, written for any two to four occupations (in the
 * address' order): the right article, plural and possessive for each title, lists that
 * read "a, b and c", and the right comparison of their pay: by how much for two, a ranking
 * for more.
 */
final class ComparisonText {

	private ComparisonText() {
	}

	/** "Loss Mitigation Specialist vs Accounts Receivable Specialist". */
	static String title(List<OccupationProfile> occupations) {
		return String.join(" vs ", occupations.stream().map(OccupationProfile::title).toList());
	}

	/** The two paragraphs that open the page: time to become, pay, top skills. */
	static List<String> intro(List<OccupationProfile> occupations) {
		String opening = "The differences between " + list(occupations, ComparisonText::plural)
				+ " can be seen in a few details. Each job has different responsibilities and duties.";
		String time = timeToBecome(occupations);
		String pay = (occupations.size() == 2) ? pay(occupations.get(0), occupations.get(1)) : ranking(occupations);
		String firstParagraph = time.isEmpty() ? opening + " " + English.capitalize(pay)
				: opening + " " + time + " Additionally, " + pay;
		List<String> skills = new ArrayList<>();
		for (int i = 0; i < occupations.size(); i++) {
			String sentence = skills(occupations.get(i), i == 0);
			if (!sentence.isEmpty()) {
				skills.add(sentence);
			}
		}
		return List.of(firstParagraph, String.join(" ", skills));
	}

	/** "loss mitigation specialist vs accounts receivable specialist", for headings that add a word. */
	static String headingPrefix(List<OccupationProfile> occupations) {
		return English.capitalize(String.join(" vs ", occupations.stream().map(ComparisonText::inSentence).toList()));
	}

	/** "What does a loss mitigation specialist do?" */
	static String whatDoes(OccupationProfile occupation) {
		return "What does " + withArticle(occupation) + " do?";
	}

	/** "Loss mitigation specialists and accounts receivable specialists have different pay scales, as shown below." */
	static String salaryLead(List<OccupationProfile> occupations) {
		return English.capitalize(list(occupations, ComparisonText::plural) + " have different pay scales, as shown below.");
	}

	/** "Differences between loss mitigation specialist and accounts receivable specialist education" */
	static String educationHeading(List<OccupationProfile> occupations) {
		return "Differences between " + list(occupations, ComparisonText::inSentence) + " education";
	}

	/** "There are a few differences between a loss mitigation specialist and an accounts receivable specialist in terms of educational background:" */
	static String educationLead(List<OccupationProfile> occupations) {
		return "There are a few differences between " + list(occupations, ComparisonText::withArticle)
				+ " in terms of educational background:";
	}

	/** "Here are the differences between loss mitigation specialists' and accounts receivable specialists' demographics:" */
	static String demographicsLead(List<OccupationProfile> occupations) {
		return "Here are the differences between "
				+ list(occupations, (o) -> o.titleForms().pluralPossessive()) + " demographics:";
	}

	/** "Differences between loss mitigation specialist and accounts receivable specialist duties and responsibilities" */
	static String dutiesHeading(List<OccupationProfile> occupations) {
		return "Differences between " + list(occupations, ComparisonText::inSentence) + " duties and responsibilities";
	}

	/** "Senior accounts receivable specialist example responsibilities." */
	static String responsibilitiesHeading(OccupationProfile occupation) {
		return English.capitalize(inSentence(occupation)) + " example responsibilities";
	}

	/** "Common collector skills" */
	static String skillsHeading(OccupationProfile occupation) {
		return "Common " + inSentence(occupation) + " skills";
	}

	/** The meta description: every title, every salary, what the page covers. */
	static String metaDescription(List<OccupationProfile> occupations) {
		List<String> each = new ArrayList<>();
		for (int i = 0; i < occupations.size(); i++) {
			OccupationProfile occupation = occupations.get(i);
			each.add(plural(occupation) + " (" + Figures.dollars(occupation.pay().yearlySalary())
					+ ((i == 0) ? " a year)" : ")"));
		}
		return "Compare " + English.list(each)
				+ ": salary, growth, job openings, education, demographics, duties and skills.";
	}

	private static String timeToBecome(List<OccupationProfile> occupations) {
		List<OccupationProfile> known = occupations.stream().filter((o) -> o.timeToBecome() != null).toList();
		List<OccupationProfile> unknown = occupations.stream().filter((o) -> o.timeToBecome() == null).toList();
		if (known.isEmpty()) {
			return "";
		}
		if (unknown.isEmpty() && known.stream().map(OccupationProfile::timeToBecome).distinct().count() == 1) {
			String months = months(known.get(0).timeToBecome());
			if (occupations.size() == 2) {
				return "It typically takes " + months + " to become both " + list(occupations, ComparisonText::withArticle)
						+ ".";
			}
			List<String> each = occupations.stream().map(ComparisonText::withArticle).toList();
			return "It typically takes " + months + " to become " + String.join(", ", each.subList(0, each.size() - 1))
					+ " or " + each.get(each.size() - 1) + ".";
		}
		List<String> each = new ArrayList<>();
		for (OccupationProfile occupation : known) {
			each.add(months(occupation.timeToBecome()) + " to become " + withArticle(occupation));
		}
		String sentence = "It typically takes " + English.list(each);
		if (!unknown.isEmpty()) {
			sentence += "; how long it takes to become " + list(unknown, ComparisonText::withArticle) + " is not known";
		}
		return sentence + ".";
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

	/**
	 * Three or four occupations by average salary, highest first, those that pay the same
	 * together: "a collector earns the most, $54,494 a year on average, then an underwriter
	 * ($45,120); an account specialist earns the least, $34,872."
	 */
	static String ranking(List<OccupationProfile> occupations) {
		List<List<OccupationProfile>> ranks = new ArrayList<>();
		occupations.stream()
			.sorted((a, b) -> Integer.compare(b.pay().yearlySalary(), a.pay().yearlySalary()))
			.forEach((occupation) -> {
				List<OccupationProfile> last = ranks.isEmpty() ? null : ranks.get(ranks.size() - 1);
				if (last != null && last.get(0).pay().yearlySalary() == occupation.pay().yearlySalary()) {
					last.add(occupation);
				}
				else {
					ranks.add(new ArrayList<>(List.of(occupation)));
				}
			});
		if (ranks.size() == 1) {
			return list(occupations, ComparisonText::withArticle) + " all have the same average salary, "
					+ salary(occupations.get(0)) + ".";
		}
		List<OccupationProfile> top = ranks.get(0);
		List<OccupationProfile> bottom = ranks.get(ranks.size() - 1);
		StringBuilder text = new StringBuilder(earn(top) + " the most, " + salary(top.get(0)) + " a year on average"
				+ ((top.size() > 1) ? " each" : ""));
		List<String> middle = new ArrayList<>();
		for (List<OccupationProfile> rank : ranks.subList(1, ranks.size() - 1)) {
			for (OccupationProfile occupation : rank) {
				middle.add(withArticle(occupation) + " (" + salary(occupation) + ")");
			}
		}
		if (!middle.isEmpty()) {
			text.append(", then ").append(English.list(middle));
		}
		text.append("; ").append(earn(bottom)).append(" the least, ").append(salary(bottom.get(0)));
		return text.append((bottom.size() > 1) ? " each." : ".").toString();
	}

	/** "a collector earns", "a collector and an underwriter earn". */
	private static String earn(List<OccupationProfile> rank) {
		return list(rank, ComparisonText::withArticle) + ((rank.size() > 1) ? " earn" : " earns");
	}

	private static String salary(OccupationProfile occupation) {
		return Figures.dollars(occupation.pay().yearlySalary());
	}

	/**
	 * A sentence naming the occupation's top skills: "The top three skills for a collector
	 * include ..." for the first occupation, "The most important skills for ... are ..." for
	 * the others.
	 */
	private static String skills(OccupationProfile occupation, boolean first) {
		List<SkillItem> top = occupation.topSkills();
		List<String> names = top.stream().map((skill) -> English.inSentence(skill.name())).toList();
		return switch (names.size()) {
			case 0 -> "";
			case 1 -> "The most important skill for " + withArticle(occupation) + " is " + names.get(0) + ".";
			default -> first
					? "The top " + English.numberWord(names.size()) + " skills for " + withArticle(occupation)
							+ " include " + English.list(names) + "."
					: "The most important skills for " + withArticle(occupation) + " are " + English.list(names) + ".";
		};
	}

	private static String list(List<OccupationProfile> occupations,
			java.util.function.Function<OccupationProfile, String> each) {
		return English.list(occupations.stream().map(each).filter(Objects::nonNull).toList());
	}

	private static String months(TimeToBecome time) {
		return Figures.monthsRange(time.minMonths(), time.maxMonths());
	}

	private static String inSentence(OccupationProfile occupation) {
		return occupation.titleForms().inSentence();
	}

	private static String withArticle(OccupationProfile occupation) {
		return occupation.titleForms().withArticle();
	}

	private static String plural(OccupationProfile occupation) {
		return occupation.titleForms().plural();
	}

}
