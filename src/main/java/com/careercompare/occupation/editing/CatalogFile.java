package com.careercompare.occupation.editing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.careercompare.text.Figures;
import com.careercompare.web.FormText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * The CSV files of an uploaded {@code catalog.zip}, read within its {@link ImportLimits}:
 * each file's header checked against the {@link CatalogFormat}, then its rows, with the
 * line each starts on. Whatever is wrong with the file is added to the problems, with
 * where it is; a file with a problem in its structure (its header, its encoding, a line
 * too long) is left out, so that its rows are not checked one by one.
 */
final class CatalogFile {

	/** A row of a CSV file: the line it starts on and its cells, stripped, {@code null} when empty. */
	record Row(int line, List<String> cells) {

		String cell(int column) {
			return (column < this.cells.size()) ? this.cells.get(column) : null;
		}

	}

	/** A CSV file of the catalog: its columns, by name, in the order of its header, and its rows. */
	record Table(String name, List<String> header, List<Row> rows) {

		int column(String name) {
			return this.header.indexOf(name);
		}

		/** A column as a spreadsheet names it: its letter and its name ({@code E (yearlySalary)}). */
		String columnName(String name) {
			return letter(column(name)) + " (" + name + ")";
		}

	}

	private static final ObjectReader ROWS = CsvMapper.shared()
		.readerForListOf(String.class)
		.with(CsvReadFeature.WRAP_AS_ARRAY)
		.with(CsvReadFeature.SKIP_EMPTY_LINES);

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private CatalogFile() {
	}

	/**
	 * The files of the ZIP at {@code zip}, by name; only those that were read whole and
	 * well. {@code fileName} is the name the admin gave the file, for the problems about it.
	 */
	static Map<String, Table> read(Path zip, String fileName, ImportLimits limits, ImportProblems problems) {
		Map<String, Table> tables = new LinkedHashMap<>();
		try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
			if (file.size() > limits.maxEntries()) {
				problems.add(fileName, 0, null, "The ZIP file has " + file.size() + " entries; a catalog has "
						+ CatalogFormat.FILES.size() + " files, and at most " + limits.maxEntries() + " entries are read.");
				return tables;
			}
			Map<String, ZipEntry> entries = entries(file, fileName, problems);
			long unpacked = 0;
			for (String name : CatalogFormat.FILES.keySet()) {
				ZipEntry entry = entries.get(name);
				if (entry == null) {
					problems.add(fileName, 0, null, "The ZIP file has no " + name + ". A catalog has these files: "
							+ String.join(", ", CatalogFormat.FILES.keySet()) + " (as the export writes them).");
					continue;
				}
				long allowed = limits.maxUnpackedSize().toBytes() - unpacked;
				try (LimitedInputStream in = new LimitedInputStream(file.getInputStream(entry), allowed)) {
					Table table = table(name, in, limits, problems);
					unpacked += in.count();
					if (table != null) {
						tables.put(name, table);
					}
				}
				catch (TooLargeException ex) {
					problems.add(fileName, 0, null, "The ZIP file's files hold more than "
							+ ImportLimits.text(limits.maxUnpackedSize()) + " unpacked, the most an import reads.");
					tables.clear();
					return tables;
				}
			}
		}
		catch (ZipException ex) {
			problems.add(fileName, 0, null,
					"This is not a ZIP file that can be read. Upload the catalog.zip file the export gives, with your changes.");
		}
		catch (IOException ex) {
			problems.add(fileName, 0, null, "The ZIP file could not be read: " + ex.getMessage());
		}
		return tables;
	}

	/**
	 * The ZIP's files by name. Folders and the files a Mac adds are passed over, so that a
	 * catalog unpacked and packed again reads the same; any other file is a problem, so that
	 * a misspelt name is not quietly ignored.
	 */
	private static Map<String, ZipEntry> entries(ZipFile file, String fileName, ImportProblems problems) {
		Map<String, ZipEntry> entries = new HashMap<>();
		Enumeration<? extends ZipEntry> all = file.entries();
		while (all.hasMoreElements()) {
			ZipEntry entry = all.nextElement();
			String path = entry.getName();
			String name = path.substring(path.lastIndexOf('/') + 1);
			if (entry.isDirectory() || path.startsWith("__MACOSX/") || name.equals(".DS_Store")) {
				continue;
			}
			if (!CatalogFormat.FILES.containsKey(name)) {
				problems.add(fileName, 0, null, "The ZIP file holds " + path + ", which is not a file of the catalog ("
						+ String.join(", ", CatalogFormat.FILES.keySet()) + "). Take it out, or name it as the export does.");
			}
			else if (entries.putIfAbsent(name, entry) != null) {
				problems.add(fileName, 0, null, "The ZIP file holds " + name + " twice.");
			}
		}
		return entries;
	}

	private static Table table(String name, InputStream in, ImportLimits limits, ImportProblems problems)
			throws IOException {
		Reader reader = new LineLimitReader(new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)),
				limits.maxLineLength());
		int line = 1;
		try (MappingIterator<List<String>> rows = ROWS.readValues(reader)) {
			if (!rows.hasNextValue()) {
				problems.add(name, 0, null, "The file is empty. Its first line must name its columns: "
						+ String.join(", ", CatalogFormat.FILES.get(name)) + ".");
				return null;
			}
			List<String> header = header(name, rows.nextValue(), problems);
			if (header == null) {
				return null;
			}
			List<Row> read = new ArrayList<>();
			boolean fits = true;
			while (true) {
				line = rows.currentLocation().getLineNr();
				if (!rows.hasNextValue()) {
					break;
				}
				List<String> cells = rows.nextValue();
				if (cells.size() > header.size()) {
					problems.add(name, line, null, "This line has " + cells.size() + " cells, but the first line names "
							+ header.size() + " columns. Put quotes around a cell that holds a comma.");
					fits = false;
					continue;
				}
				read.add(new Row(line, cells.stream().map(CatalogFile::cell).toList()));
			}
			return fits ? new Table(name, header, read) : null;
		}
		catch (StreamReadException ex) {
			int at = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : line;
			problems.add(name, at, null, "This line is not understood as CSV (" + firstLine(ex.getOriginalMessage())
					+ "). Check its quotes: a cell that holds a quote is written in quotes, with the quote doubled.");
		}
		catch (JacksonException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof LineTooLongException) {
				problems.add(name, line, null, tooLong(limits));
			}
			else if (cause instanceof CharacterCodingException) {
				problems.add(name, line, null, "The file is not UTF-8 text. Save it as \"CSV UTF-8\".");
			}
			else if (cause instanceof TooLargeException tooLarge) {
				throw tooLarge;
			}
			else if (cause instanceof IOException io) {
				throw io;
			}
			else {
				throw ex;
			}
		}
		return null;
	}

	/** The header's names, checked against the file's columns; {@code null} when it is not right. */
	private static List<String> header(String name, List<String> cells, ImportProblems problems) {
		List<String> header = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			String column = cells.get(i).strip();
			if (i == 0 && !column.isEmpty() && column.charAt(0) == BYTE_ORDER_MARK) {
				column = column.substring(1).strip();
			}
			header.add(column);
		}
		List<String> expected = CatalogFormat.FILES.get(name);
		int problemsBefore = problems.count();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < header.size(); i++) {
			String column = header.get(i);
			if (!expected.contains(column)) {
				problems.add(name, 1, letter(i) + " (" + column + ")", "Unknown column \"" + column + "\". The columns of "
						+ name + " are: " + String.join(", ", expected) + ".");
			}
			else if (!seen.add(column)) {
				problems.add(name, 1, letter(i) + " (" + column + ")", "The column " + column + " is named twice.");
			}
		}
		for (String column : expected) {
			if (!header.contains(column)) {
				problems.add(name, 1, null, "The column " + column + " is missing. The columns of " + name + " are: "
						+ String.join(", ", expected) + ".");
			}
		}
		return (problems.count() == problemsBefore) ? header : null;
	}

	private static String tooLong(ImportLimits limits) {
		return "A line is longer than " + Figures.count(limits.maxLineLength())
				+ " characters, the most a line may have; the file is not read further.";
	}

	/** A column's letters as spreadsheets name it: A for the first, AA after Z. */
	static String letter(int column) {
		StringBuilder letters = new StringBuilder();
		for (int n = column + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	/** A cell's text as the form would keep it, without the apostrophe the export may put before it. */
	private static String cell(String text) {
		String kept = FormText.clean(text);
		return (kept != null) ? FormText.clean(CatalogFormat.text(kept)) : null;
	}

	private static String firstLine(String message) {
		int end = message.indexOf('\n');
		return (end >= 0) ? message.substring(0, end) : message;
	}

	/** Thrown when the files unpack to more than allowed. */
	static final class TooLargeException extends IOException {

		TooLargeException() {
			super("Too large unpacked");
		}

	}

	/** Thrown when a line is longer than allowed. */
	static final class LineTooLongException extends IOException {

		LineTooLongException() {
			super("Line too long");
		}

	}

	/** Counts the bytes read, and refuses to read beyond a limit. */
	private static final class LimitedInputStream extends java.io.FilterInputStream {

		private final long limit;

		private long count;

		LimitedInputStream(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		long count() {
			return this.count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				counted(n);
			}
			return n;
		}

		private void counted(int n) throws TooLargeException {
			this.count += n;
			if (this.count > this.limit) {
				throw new TooLargeException();
			}
		}

	}

	/** Refuses a line longer than a limit, before it is held in memory. */
	private static final class LineLimitReader extends FilterReader {

		private final int limit;

		private int length;

		LineLimitReader(Reader in, int limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int c = super.read();
			if (c >= 0) {
				seen((char) c);
			}
			return c;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			for (int i = offset; i < offset + Math.max(n, 0); i++) {
				seen(buffer[i]);
			}
			return n;
		}

		private void seen(char c) throws LineTooLongException {
			if (c == '\n') {
				this.length = 0;
			}
			else if (++this.length > this.limit) {
				throw new LineTooLongException();
			}
		}

	}

}
