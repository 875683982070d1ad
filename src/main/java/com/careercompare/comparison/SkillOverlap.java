package com.careercompare.comparison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationProfile.SkillItem;
import com.careercompare.text.English;
import org.unbescape.html.HtmlEscape;

/**
 * Which skills the occupations of a comparison share, which each has alone, and what a
 * move from the first to each of the others takes. An occupation's skills here are those
 * with a known share of job postings when it has any (the source pages give shares for
 * the skills that matter most), and its top three otherwise. Skills are matched by name
 * in any case, and listed in the occupation's order.
 *
 * @param shared the skills every occupation has, in the first occupation's order
 * @param only each occupation's skills that no other has, by its slug, in address order
 * @param moves from the first occupation to each of the others
 */
public record SkillOverlap(List<String> shared, Map<String, List<String>> only, List<Move> moves) {

	/**
	 * What moving from one occupation to another takes.
	 *
	 * @param have the other's skills that the first has already
	 * @param add the other's first three skills (its most important) that it would add
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "SkillMove")
	public record Move(String fromSlug, String toSlug, List<String> have, List<String> add) {
	}

	static SkillOverlap of(List<OccupationProfile> occupations) {
		List<List<String>> skills = occupations.stream().map(SkillOverlap::skills).toList();
		// each occupation's skills in lower case, to match them in any case
		List<Set<String>> names = skills.stream().map(SkillOverlap::lowerCase).toList();
		List<String> shared = skills.get(0)
			.stream()
			.filter((skill) -> names.stream().allMatch((other) -> other.contains(lower(skill))))
			.toList();
		Map<String, List<String>> only = new LinkedHashMap<>();
		for (int i = 0; i < occupations.size(); i++) {
			int self = i;
			only.put(occupations.get(i).slug(), skills.get(i)
				.stream()
				.filter((skill) -> !containsElsewhere(names, self, lower(skill)))
				.toList());
		}
		List<Move> moves = new ArrayList<>();
		Set<String> from = names.get(0);
		for (int i = 1; i < occupations.size(); i++) {
			List<String> to = skills.get(i);
			moves.add(new Move(occupations.get(0).slug(), occupations.get(i).slug(),
					to.stream().filter((skill) -> from.contains(lower(skill))).toList(),
					to.stream().filter((skill) -> !from.contains(lower(skill))).limit(OccupationProfile.TOP_SKILLS).toList()));
		}
		return new SkillOverlap(shared, only, moves);
	}

	/** The skills compared: those with known shares, or the top three. */
	static List<String> skills(OccupationProfile occupation) {
		List<SkillItem> items = occupation.hasSkillShares()
				? occupation.skills().stream().filter((skill) -> skill.sharePct() != null).toList()
				: occupation.topSkills();
		return items.stream().map(SkillItem::name).toList();
	}

	/** The overlap in sentences, as HTML: who shares what, who has what alone, what each move takes. */
	String html(List<OccupationProfile> occupations) {
		StringBuilder html = new StringBuilder(1024);
		String all = (occupations.size() == 2) ? "both" : "all " + English.numberWord(occupations.size());
		html.append("<p>");
		html.append(escape(this.shared.isEmpty() ? "No skill is shared by " + all + "."
				: "Shared by " + all + ": " + words(this.shared) + "."));
		html.append("</p>\n<ul class=\"bullets\">");
		for (OccupationProfile occupation : occupations) {
			List<String> alone = this.only.get(occupation.slug());
			html.append("\n<li>").append(escape("Only " + plural(occupation) + ": "
					+ (alone.isEmpty() ? "none of their skills is theirs alone." : words(alone) + ".")));
			html.append("</li>");
		}
		html.append("\n</ul>");
		for (Move move : this.moves) {
			OccupationProfile from = find(occupations, move.fromSlug());
			OccupationProfile to = find(occupations, move.toSlug());
			String sentence = "Moving from " + inSentence(from) + " to " + inSentence(to) + ": ";
			if (move.have().isEmpty()) {
				sentence += "you have none of its skills yet; you would add " + words(move.add()) + ".";
			}
			else if (move.add().isEmpty()) {
				sentence += "you have all of its skills already: " + words(move.have()) + ".";
			}
			else {
				sentence += "you have " + words(move.have()) + "; you would add " + words(move.add()) + ".";
			}
			html.append("\n<p class=\"move\">").append(escape(sentence)).append("</p>");
		}
		return html.toString();
	}

	private static OccupationProfile find(List<OccupationProfile> occupations, String slug) {
		return occupations.stream().filter((o) -> o.slug().equals(slug)).findFirst().orElseThrow();
	}

	private static boolean containsElsewhere(List<Set<String>> names, int self, String skill) {
		for (int j = 0; j < names.size(); j++) {
			if (j != self && names.get(j).contains(skill)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> lowerCase(List<String> skills) {
		Set<String> names = new HashSet<>(skills.size() * 2);
		skills.forEach((skill) -> names.add(lower(skill)));
		return names;
	}

	private static String lower(String skill) {
		return skill.toLowerCase(Locale.ROOT);
	}

	private static String words(List<String> skills) {
		return English.list(skills.stream().map(English::inSentence).toList());
	}

	private static String escape(String text) {
		return HtmlEscape.escapeHtml5Xml(text);
	}

	private static String inSentence(OccupationProfile occupation) {
		return occupation.titleForms().inSentence();
	}

	private static String plural(OccupationProfile occupation) {
		return occupation.titleForms().plural();
	}

}
