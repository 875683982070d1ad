package com.careercompare.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the five source pages in {@code db/source-pages}, read as it was given, with the
 * comparison it shows taken from that folder's README. Knows where the pages' tables are:
 * {@code | a | b |} rows on four pages, and on page 002 rows whose separators were lost.
 */
public final class SourcePage {

	public static final Path FOLDER = Path.of("db", "source-pages");

	private static final Pattern README_ROW = Pattern.compile("^\\| (\\d{3}_\\w+\\.txt) \\| (.+) vs (.+) \\|$");

	private final String file;

	private final String firstTitle;

	private final String secondTitle;

	private final List<String> lines;

	private SourcePage(String file, String firstTitle, String secondTitle, List<String> lines) {
		this.file = file;
		this.firstTitle = firstTitle;
		this.secondTitle = secondTitle;
		this.lines = lines;
	}

	/** The five pages, in the README's order. */
	public static List<SourcePage> all() {
		List<SourcePage> pages = new ArrayList<>();
		for (String row : read(FOLDER.resolve("README.md"))) {
			Matcher matcher = README_ROW.matcher(row);
			if (matcher.matches()) {
				pages.add(new SourcePage(matcher.group(1), matcher.group(2), matcher.group(3),
						read(FOLDER.resolve(matcher.group(1)))));
			}
		}
		return pages;
	}

	public String file() {
		return this.file;
	}

	public String firstTitle() {
		return this.firstTitle;
	}

	public String secondTitle() {
		return this.secondTitle;
	}

	public List<String> lines() {
		return this.lines;
	}

	/** Whether this page lost its table separators (page 002). */
	public boolean lostSeparators() {
		return this.lines.stream().noneMatch((line) -> line.startsWith("| "));
	}

	/**
	 * The page's tables, each as its lines: the header line with the two titles first,
	 * then one line per row.
	 */
	public List<List<String>> tables() {
		boolean lost = lostSeparators();
		String header = this.firstTitle + this.secondTitle;
		List<List<String>> tables = new ArrayList<>();
		List<String> current = null;
		for (String line : this.lines) {
			if (lost && line.equals(header)) {
				// page 002: a table starts at the two titles run together and ends at a blank line
				current = new ArrayList<>();
				tables.add(current);
			}
			else if (lost ? (current == null || line.isBlank()) : !line.startsWith("| ")) {
				current = null;
				continue;
			}
			else if (current == null) {
				// the other pages: a table is a run of "| ... |" lines, its first line the header
				current = new ArrayList<>();
				tables.add(current);
			}
			current.add(line);
		}
		return tables;
	}

	/** The line that follows the given one, skipping blank lines. */
	public String lineAfter(String line) {
		int index = this.lines.indexOf(line);
		if (index < 0) {
			throw new IllegalArgumentException(this.file + " has no line \"" + line + "\"");
		}
		for (int i = index + 1; i < this.lines.size(); i++) {
			if (!this.lines.get(i).isBlank()) {
				return this.lines.get(i);
			}
		}
		throw new IllegalArgumentException(this.file + " has nothing after \"" + line + "\"");
	}

	/** The bulleted items after a heading line, up to the page's "Show more" link or the next non-item. */
	public List<String> bulletsAfter(String heading) {
		int index = this.lines.indexOf(heading);
		if (index < 0) {
			throw new IllegalArgumentException(this.file + " has no line \"" + heading + "\"");
		}
		List<String> items = new ArrayList<>();
		for (int i = index + 1; i < this.lines.size(); i++) {
			String line = this.lines.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			if (!line.startsWith("\u2022") || line.equals("\u2022 Show more")) {
				break;
			}
			items.add(line.substring(1).strip());
		}
		return items;
	}

	/** The first line containing the text. */
	public String lineContaining(String text) {
		return this.lines.stream()
			.filter((line) -> line.contains(text))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(this.file + " has no line containing \"" + text + "\""));
	}

	@Override
	public String toString() {
		return this.file + " (" + this.firstTitle + " vs " + this.secondTitle + ")";
	}

	private static List<String> read(Path path) {
		try {
			return Files.readAllLines(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
