package com.careercompare.occupation.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careercompare.occupation.Fields;
import com.careercompare.text.SpreadsheetCells;

/**
 * The files of {@code catalog.zip} and their columns, as the export writes them and the
 * import reads them: {@code occupations.csv}, a row per occupation with its slug and a
 * column per field, and a file per list, each row naming its occupation by slug.
 * <p>
 * Text that a spreadsheet would run as a formula is written safely, and reads back as it
 * was ({@link SpreadsheetCells}).
 */
final class CatalogFormat {

	static final String OCCUPATIONS = "occupations.csv";

	static final String SKILLS = "skills.csv";

	static final String RESPONSIBILITIES = "responsibilities.csv";

	static final String DEMOGRAPHIC_SHARES = "demographic_shares.csv";

	static final String ALTERNATE_TITLES = "alternate_titles.csv";

	static final String SLUG = "slug";

	static final String POSITION = "position";

	static final String SKILL = "skill";

	static final String SHARE = "sharePct";

	static final String RESPONSIBILITY = "responsibility";

	static final String GROUP = "group";

	static final String TITLE = "title";

	/** Each file's columns, in the order the export writes them. */
	static final Map<String, List<String>> FILES = files();

	private CatalogFormat() {
	}

	private static Map<String, List<String>> files() {
		List<String> occupationColumns = new ArrayList<>(List.of(SLUG));
		Fields.ALL.forEach((field) -> occupationColumns.add(field.name()));
		Map<String, List<String>> files = new LinkedHashMap<>();
		files.put(OCCUPATIONS, List.copyOf(occupationColumns));
		files.put(SKILLS, List.of(SLUG, POSITION, SKILL, SHARE));
		files.put(RESPONSIBILITIES, List.of(SLUG, POSITION, RESPONSIBILITY));
		files.put(DEMOGRAPHIC_SHARES, List.of(SLUG, GROUP, SHARE));
		files.put(ALTERNATE_TITLES, List.of(SLUG, POSITION, TITLE));
		return java.util.Collections.unmodifiableMap(files);
	}

	/** Text as a cell, safe to open in a spreadsheet ({@link SpreadsheetCells#safe}). */
	static String safe(String text) {
		return SpreadsheetCells.safe(text);
	}

	/** A cell's text as it was before {@link #safe}. */
	static String text(String cell) {
		return SpreadsheetCells.text(cell);
	}

}
