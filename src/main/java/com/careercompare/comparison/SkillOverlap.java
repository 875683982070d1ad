package com.careercompare.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param words each skill's name as a sentence writes it ({@link ComparedSkills#words})
 */
public record SkillOverlap(List<String> shared, Map<String, List<String>> only, List<Move> moves,
		Map<String, String> words) {

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
		List<ComparedSkills> skills = new ArrayList<>(occupations.size());
		for (OccupationProfile occupation : occupations) {
			skills.add(ComparedSkills.of(occupation));
		}
		return of(occupations, skills);
	}

	/** The overlap of these occupations, from their skills as compared (in the same order). */
	static SkillOverlap of(List<OccupationProfile> occupations, List<ComparedSkills> skills) {
		ComparedSkills first = skills.get(0);
		List<String> shared = new ArrayList<>();
		for (int s = 0; s < first.names().size(); s++) {
			if (inAll(skills, first.keys().get(s))) {
				shared.add(first.names().get(s));
			}
		}
		Map<String, List<String>> only = new LinkedHashMap<>();
		for (int i = 0; i < occupations.size(); i++) {
			ComparedSkills own = skills.get(i);
			List<String> alone = new ArrayList<>();
			for (int s = 0; s < own.names().size(); s++) {
				if (!containsElsewhere(skills, i, own.keys().get(s))) {
					alone.add(own.names().get(s));
				}
			}
			only.put(occupations.get(i).slug(), List.copyOf(alone));
		}
		List<Move> moves = new ArrayList<>();
		Set<String> from = first.keySet();
		for (int i = 1; i < occupations.size(); i++) {
			ComparedSkills to = skills.get(i);
			List<String> have = new ArrayList<>();
			List<String> add = new ArrayList<>();
			for (int s = 0; s < to.names().size(); s++) {
				if (from.contains(to.keys().get(s))) {
					have.add(to.names().get(s));
				}
				else if (add.size() < OccupationProfile.TOP_SKILLS) {
					add.add(to.names().get(s));
				}
			}
			moves.add(new Move(occupations.get(0).slug(), occupations.get(i).slug(), List.copyOf(have),
					List.copyOf(add)));
		}
		Map<String, String> words = new HashMap<>();
		skills.forEach((each) -> words.putAll(each.words()));
		return new SkillOverlap(List.copyOf(shared), only, moves, words);
	}

	private static boolean inAll(List<ComparedSkills> skills, String key) {
		for (ComparedSkills each : skills) {
			if (!each.keySet().contains(key)) {
				return false;
			}
		}
		return true;
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

	private static boolean containsElsewhere(List<ComparedSkills> skills, int self, String key) {
		for (int j = 0; j < skills.size(); j++) {
			if (j != self && skills.get(j).keySet().contains(key)) {
				return true;
			}
		}
		return false;
	}

	/** Skills as a sentence lists them: "a, b and c". */
	private String words(List<String> skills) {
		List<String> words = new ArrayList<>(skills.size());
		for (String skill : skills) {
			String word = this.words.get(skill);
			words.add((word != null) ? word : English.inSentence(skill));
		}
		return English.list(words);
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
