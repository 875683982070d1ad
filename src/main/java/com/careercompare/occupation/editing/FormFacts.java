package com.careercompare.occupation.editing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.careercompare.occupation.Field;
import com.careercompare.occupation.Fields;
import com.careercompare.occupation.Fields.Range;
import com.careercompare.occupation.editing.OccupationForm.ShareRow;
import com.careercompare.occupation.editing.OccupationForm.SkillRow;
import com.careercompare.text.Figures;

/**
 * The facts of the admin form in page order, each with its label and its value as lines of
 * text: the {@link Fields} (a {@link Range} as one fact), and the lists in the sections they
 * belong to. Two forms compared fact by fact give what changed: what another admin saved
 * meanwhile, or what a revision in the history changed. The error summary lists errors in
 * the same order.
 */
final class FormFacts {

	/** The lists of the form, by where they stand: after the fields of a section, or at the end. */
	private static final Map<Field.Section, List<String>> LISTS_AFTER = Map.of(Field.Section.ABOUT,
			List.of("alternateTitles"), Field.Section.DEMOGRAPHICS, List.of("gender", "race"));

	private static final List<String> LISTS_AT_END = List.of("skills", "responsibilities");

	private record FormFact(String label, List<String> inputs, Function<OccupationForm, List<String>> lines) {
	}

	private final List<FormFact> facts;

	/** @param groupNames the demographic groups' names by id */
	FormFacts(Map<Integer, String> groupNames) {
		List<FormFact> facts = new ArrayList<>();
		for (Field.Section section : Field.Section.values()) {
			for (Field<?> field : Fields.ALL) {
				if (field.section() != section) {
					continue;
				}
				Range range = Fields.rangeOf(field).orElse(null);
				if (range == null) {
					facts.add(new FormFact(field.label(), List.of(field.name()), (form) -> line(field, form)));
				}
				else if (range.low() == field) {
					facts.add(new FormFact(range.label(), List.of(range.low().name(), range.high().name()),
							(form) -> lines(range, form)));
				}
			}
			LISTS_AFTER.getOrDefault(section, List.of()).forEach((list) -> facts.add(list(list, groupNames)));
		}
		LISTS_AT_END.forEach((list) -> facts.add(list(list, groupNames)));
		this.facts = List.copyOf(facts);
	}

	/** The names of the form's inputs, lists by name, in page order. */
	static List<String> inputOrder() {
		return new FormFacts(Map.of()).facts.stream().flatMap((fact) -> fact.inputs().stream()).toList();
	}

	/**
	 * The facts that differ between two forms, in form order. A {@code null} form stands for
	 * an occupation that does not exist (before it was created, after it was deleted).
	 */
	List<FieldChange> changes(OccupationForm before, OccupationForm after) {
		List<FieldChange> changes = new ArrayList<>();
		for (FormFact fact : this.facts) {
			List<String> old = (before != null) ? fact.lines().apply(before) : List.of();
			List<String> now = (after != null) ? fact.lines().apply(after) : List.of();
			if (!old.equals(now)) {
				changes.add(new FieldChange(fact.label(), fact.inputs(), old, now));
			}
		}
		return changes;
	}

	private static FormFact list(String name, Map<Integer, String> groupNames) {
		return switch (name) {
			case "alternateTitles" -> new FormFact("Alternate titles", List.of(name),
					(form) -> texts(form.getAlternateTitles()));
			case "gender" -> new FormFact("Gender ratio", List.of(name), (form) -> shares(form.getGender(), groupNames));
			case "race" -> new FormFact("Race ratio", List.of(name), (form) -> shares(form.getRace(), groupNames));
			case "skills" -> new FormFact("Skills", List.of(name), FormFacts::skills);
			case "responsibilities" -> new FormFact("Responsibilities", List.of(name),
					(form) -> texts(form.getResponsibilities()));
			default -> throw new IllegalArgumentException("No list " + name);
		};
	}

	private static List<String> line(Field<?> field, OccupationForm form) {
		String text = form.text(field);
		return (text != null) ? List.of(field.tidy(text)) : List.of();
	}

	private static List<String> lines(Range range, OccupationForm form) {
		if (form.text(range.low()) == null && form.text(range.high()) == null) {
			return List.of();
		}
		return List.of(range.write(form.value(range.low()), form.value(range.high())));
	}

	private static List<String> shares(List<ShareRow> rows, Map<Integer, String> groupNames) {
		List<String> lines = new ArrayList<>();
		for (ShareRow row : rows) {
			BigDecimal pct = row.getPct();
			if (pct != null) {
				lines.add(groupNames.getOrDefault(row.getGroupId(), "?") + ", " + Figures.percentOneDecimal(pct));
			}
		}
		return lines;
	}

	private static List<String> skills(OccupationForm form) {
		List<String> lines = new ArrayList<>();
		for (SkillRow row : form.getSkills()) {
			if (row.getName() != null) {
				lines.add((row.getShare() != null) ? row.getName() + ", " + row.getShare().replace("%", "").strip() + "%"
						: row.getName());
			}
		}
		return lines;
	}

	private static List<String> texts(List<String> rows) {
		return rows.stream().filter(Objects::nonNull).toList();
	}

}
