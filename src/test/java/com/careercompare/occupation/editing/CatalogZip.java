package com.careercompare.occupation.editing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A {@code catalog.zip} as a test edits it, the way a person would in a spreadsheet: files
 * of rows of cells, the first row naming the columns.
 */
final class CatalogZip {

	private final Map<String, List<List<String>>> files = new LinkedHashMap<>();

	private final Map<String, byte[]> raw = new LinkedHashMap<>();

	static CatalogZip of(byte[] zip) {
		CatalogZip catalog = new CatalogZip();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				try (MappingIterator<List<String>> rows = CsvMapper.shared()
					.readerForListOf(String.class)
					.with(CsvReadFeature.WRAP_AS_ARRAY)
					.readValues(text)) {
					List<List<String>> all = new ArrayList<>();
					rows.forEachRemaining((row) -> all.add(new ArrayList<>(row)));
					catalog.files.put(entry.getName(), all);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return catalog;
	}

	List<List<String>> rows(String file) {
		return this.files.get(file);
	}

	int column(String file, String column) {
		return this.files.get(file).get(0).indexOf(column);
	}

	/** The row of this occupation in a file (its first, for a list's file). */
	List<String> row(String file, String slug) {
		return this.files.get(file).stream().skip(1).filter((row) -> row.get(0).equals(slug)).findFirst().orElseThrow();
	}

	/** The line this occupation's row is on in a file, as a spreadsheet numbers them (the header is 1). */
	int line(String file, String slug) {
		List<List<String>> rows = this.files.get(file);
		for (int i = 1; i < rows.size(); i++) {
			if (rows.get(i).get(0).equals(slug)) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException(slug);
	}

	CatalogZip set(String file, String slug, String column, String value) {
		row(file, slug).set(column(file, column), value);
		return this;
	}

	CatalogZip add(String file, String... cells) {
		this.files.get(file).add(new ArrayList<>(List.of(cells)));
		return this;
	}

	CatalogZip remove(String file) {
		this.files.remove(file);
		return this;
	}

	/** Puts these bytes in the ZIP as they are, as a file of this name. */
	CatalogZip raw(String file, byte[] bytes) {
		this.files.remove(file);
		this.raw.put(file, bytes);
		return this;
	}

	/** A cell as spreadsheets write it: in quotes, with quotes doubled. */
	private static String quoted(String cell) {
		return "\"" + cell.replace("\"", "\"\"") + "\"";
	}

	byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, List<List<String>>> file : this.files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				StringBuilder csv = new StringBuilder();
				for (List<String> row : file.getValue()) {
					csv.append(String.join(",", row.stream().map(CatalogZip::quoted).toList())).append("\r\n");
				}
				zip.write(csv.toString().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			for (Map.Entry<String, byte[]> file : this.raw.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
