package com.careercompare.occupation.editing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.careercompare.occupation.DemographicGroups;
import com.careercompare.occupation.Field;
import com.careercompare.occupation.Fields;
import com.careercompare.occupation.OccupationData;
import com.careercompare.occupation.OccupationProfile.SkillItem;
import com.careercompare.occupation.OccupationStore;
import com.careercompare.occupation.StoredOccupation;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import org.springframework.stereotype.Component;

/**
 * The whole catalog as {@code catalog.zip}, in the {@link CatalogFormat}: a column per field
 * (named as the form names it, empty when unknown), figures as plain numbers ({@code 43251},
 * {@code -8}, {@code 3.67}) that the form and the import read back. Occupations are read a part at a time, and each file is written to a
 * temporary file first, so memory does not grow with the catalog.
 */
@Component
class CatalogExport {

	/** How many occupations are read at a time. */
	private static final int PART = 500;

	private final OccupationStore store;

	private final DemographicGroups groups;

	CatalogExport(OccupationStore store, DemographicGroups groups) {
		this.store = store;
		this.groups = groups;
	}

	/** Writes the ZIP; the stream is left open. */
	void write(OutputStream out) throws IOException {
		Map<String, Path> files = new LinkedHashMap<>();
		Map<String, Writer> writers = new LinkedHashMap<>();
		Map<String, SequenceWriter> csv = new LinkedHashMap<>();
		try {
			for (Map.Entry<String, List<String>> file : CatalogFormat.FILES.entrySet()) {
				Path path = Files.createTempFile("catalog-", "-" + file.getKey());
				files.put(file.getKey(), path);
				Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
				writers.put(file.getKey(), writer);
				CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
				file.getValue().forEach(schema::addColumn);
				csv.put(file.getKey(), CsvMapper.shared().writer(schema.build()).writeValues(writer));
			}
			String after = "";
			List<StoredOccupation> part;
			do {
				part = this.store.page(after, PART);
				for (StoredOccupation occupation : part) {
					rows(occupation, csv);
					after = occupation.slug();
				}
			}
			while (part.size() == PART);
			for (String name : files.keySet()) {
				csv.get(name).close();
				writers.get(name).close();
			}
			ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
			for (Map.Entry<String, Path> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				Files.copy(file.getValue(), zip);
				zip.closeEntry();
			}
			zip.finish();
		}
		finally {
			for (Path path : files.values()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private void rows(StoredOccupation occupation, Map<String, SequenceWriter> csv) {
		String slug = occupation.slug();
		OccupationData data = occupation.data();
		List<String> row = new ArrayList<>(List.of(slug));
		for (Field<?> field : Fields.ALL) {
			row.add(cell(data.values().get(field)));
		}
		write(csv.get(CatalogFormat.OCCUPATIONS), row);
		int position = 1;
		for (SkillItem skill : data.skills()) {
			write(csv.get(CatalogFormat.SKILLS), List.of(slug, String.valueOf(position++), CatalogFormat.safe(skill.name()),
					(skill.sharePct() != null) ? skill.sharePct().toString() : ""));
		}
		position = 1;
		for (String responsibility : data.responsibilities()) {
			write(csv.get(CatalogFormat.RESPONSIBILITIES), List.of(slug, String.valueOf(position++), CatalogFormat.safe(responsibility)));
		}
		for (DemographicGroups.Group group : this.groups.all()) {
			BigDecimal share = data.shares().get(group.id());
			if (share != null) {
				write(csv.get(CatalogFormat.DEMOGRAPHIC_SHARES), List.of(slug, group.name(), share.toPlainString()));
			}
		}
		position = 1;
		for (String title : data.alternateTitles()) {
			write(csv.get(CatalogFormat.ALTERNATE_TITLES), List.of(slug, String.valueOf(position++), CatalogFormat.safe(title)));
		}
	}

	private static void write(SequenceWriter csv, List<String> row) {
		try {
			csv.write(row);
		}
		catch (RuntimeException ex) {
			throw new UncheckedIOException(new IOException("Could not write the export", ex));
		}
	}

	/** A value as its cell: figures as plain numbers, text made safe for spreadsheets, unknown as empty. */
	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Integer number) {
			return number.toString();
		}
		return CatalogFormat.safe(value.toString());
	}

}
