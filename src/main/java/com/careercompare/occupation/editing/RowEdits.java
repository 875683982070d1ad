package com.careercompare.occupation.editing;

import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import com.careercompare.occupation.editing.OccupationForm.SkillRow;

/**
 * The buttons that add, remove and move rows of the form's lists, without JavaScript: each
 * submits the form with {@code rows=<list>:<action>[:<row>]} ({@code skills:up:2}), and the
 * form comes back with the change made and nothing saved or lost.
 */
final class RowEdits {

	static final String PARAMETER = "rows";

	private RowEdits() {
	}

	/** Makes the change; false when the command is not one the form offers. */
	static boolean apply(OccupationForm form, String command) {
		String[] parts = command.split(":", -1);
		if (parts.length < 2 || parts.length > 3) {
			return false;
		}
		return switch (parts[0]) {
			case "skills" -> edit(form.getSkills(), parts, SkillRow::new);
			case "responsibilities" -> edit(form.getResponsibilities(), parts, () -> null);
			case "alternateTitles" -> edit(form.getAlternateTitles(), parts, () -> null);
			default -> false;
		};
	}

	private static <T> boolean edit(List<T> rows, String[] parts, Supplier<T> blank) {
		if (parts[1].equals("add") && parts.length == 2) {
			if (rows.size() >= OccupationForm.MAX_ROWS) {
				return false;
			}
			rows.add(blank.get());
			return true;
		}
		int row;
		try {
			row = (parts.length == 3) ? Integer.parseInt(parts[2]) : -1;
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (row < 0 || row >= rows.size()) {
			return false;
		}
		switch (parts[1]) {
			case "remove" -> rows.remove(row);
			case "up" -> {
				if (row == 0) {
					return false;
				}
				Collections.swap(rows, row, row - 1);
			}
			case "down" -> {
				if (row == rows.size() - 1) {
					return false;
				}
				Collections.swap(rows, row, row + 1);
			}
			default -> {
				return false;
			}
		}
		return true;
	}

}
