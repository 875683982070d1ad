package com.careercompare.comparison;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import com.careercompare.occupation.FactTable;
import com.careercompare.occupation.FactValue;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationProfile.SkillItem;
import com.careercompare.text.Dates;
import com.careercompare.text.SpreadsheetCells;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A comparison as CSV ({@code /compare/{a}-vs-{b}.csv}): a row per fact of the page's
 * tables, in the page's order, with the table it is in, its label, one column per
 * occupation and, for two, the difference; then the skills, the sources and when each
 * occupation was last updated. Values are written as the page writes them; an unknown
 * value is an empty cell, and the parts of a ratio are joined by "; ". Every cell is safe
 * to open in a spreadsheet ({@link SpreadsheetCells}).
 */
final class ComparisonCsv {

	private static final Dates DATES = new Dates();

	static final char BOM = '\uFEFF';

	private ComparisonCsv() {
	}

	static String of(Comparison comparison) {
		List<OccupationProfile> occupations = comparison.occupations();
		boolean difference = occupations.size() == 2;
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("Section", "Fact"));
		occupations.forEach((occupation) -> header.add(occupation.title()));
		if (difference) {
			header.add("Difference");
		}
		rows.add(header);
		for (FactTable table : FactTable.values()) {
			for (FactRow row : comparison.tables().get(table.id()).rows()) {
				if (comparison.onlyDifferences() && row.equal()) {
					continue;
				}
				List<String> cells = new ArrayList<>(List.of(table.heading(), row.fact().label()));
				for (OccupationProfile occupation : occupations) {
					FactValue value = row.fact().valueOf(occupation);
					cells.add(String.join("; ", value.parts()));
				}
				if (difference) {
					cells.add((row.difference() != null) ? row.difference() : "");
				}
				rows.add(cells);
			}
		}
		rows.add(each("Skills", "Skills", occupations, ComparisonCsv::skills, difference));
		rows.add(each("Source", "Source", occupations, (o) -> (o.source() != null) ? o.source() : "", difference));
		rows.add(each("Source", "As of", occupations,
				(o) -> (o.sourceDate() != null) ? o.sourceDate().toString() : "", difference));
		rows.add(each("Source", "Last updated", occupations,
				(o) -> (o.updatedAt() != null) ? DATES.iso(o.updatedAt()) : "", difference));
		return write(rows);
	}

	private static List<String> each(String section, String label, List<OccupationProfile> occupations,
			java.util.function.Function<OccupationProfile, String> value, boolean difference) {
		List<String> cells = new ArrayList<>(List.of(section, label));
		occupations.forEach((occupation) -> cells.add(value.apply(occupation)));
		if (difference) {
			cells.add("");
		}
		return cells;
	}

	/** "Customer Service (41%); Patients (25%)": in the occupation's order, with shares where known. */
	private static String skills(OccupationProfile occupation) {
		List<String> skills = new ArrayList<>();
		for (SkillItem skill : occupation.skills()) {
			skills.add((skill.sharePct() != null) ? skill.name() + " (" + skill.sharePct() + "%)" : skill.name());
		}
		return String.join("; ", skills);
	}

	private static String write(List<List<String>> rows) {
		StringWriter out = new StringWriter(4096);
		// a byte order mark, so that spreadsheets read the file as UTF-8 (the minus signs, accents)
		out.write(BOM);
		CsvSchema schema = CsvSchema.emptySchema().withoutHeader();
		try (var writer = CsvMapper.shared().writer(schema).writeValues(out)) {
			for (List<String> row : rows) {
				writer.write(row.stream().map(SpreadsheetCells::safe).toList());
			}
		}
		return out.toString();
	}

}
