package com.careercompare.occupation.editing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.careercompare.occupation.Field;
import com.careercompare.occupation.Fields;
import com.careercompare.support.AdminTest;
import com.careercompare.support.Browserless;
import com.careercompare.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /admin/catalog/export}: the catalog as CSV files in a ZIP, a column per field and
 * a file per list, with text a spreadsheet would run as a formula made safe.
 */
@AdminTest
class CatalogExportHttpTest {

	@LocalServerPort
	private int port;

	private Browserless admin;

	@BeforeEach
	void signIn() {
		this.admin = new Browserless(this.port);
		assertThat(this.admin.signIn(AdminTest.USERNAME, AdminTest.PASSWORD).location()).isEqualTo("/admin");
	}

	@Test
	void theExportIsAZipOfOneCsvPerKindOfFactWithAColumnPerField() throws IOException {
		Http.Response export = this.admin.get("/admin/catalog/export");

		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Type")).isEqualTo("application/zip");
		assertThat(export.header("Content-Disposition")).isEqualTo("attachment; filename=\"catalog.zip\"");
		Map<String, String> files = unzip(export.bytes());
		assertThat(files).containsOnlyKeys("occupations.csv", "skills.csv", "responsibilities.csv",
				"demographic_shares.csv", "alternate_titles.csv");

		List<Map<String, String>> occupations = rows(files.get("occupations.csv"));
		assertThat(occupations.get(0).keySet()).first().isEqualTo("slug");
		assertThat(occupations.get(0).keySet()).containsAll(Fields.ALL.stream().map(Field::name).toList());
		Map<String, String> collector = occupations.stream()
			.filter((row) -> row.get("slug").equals("collector"))
			.findFirst()
			.orElseThrow();
		assertThat(collector).containsEntry("title", "Collector")
			.containsEntry("yearlySalary", "34872")
			.containsEntry("growthRatePct", "-8")
			.containsEntry("jobSatisfaction", "")
			.containsEntry("highestPayingCity", "Los Angeles, CA");

		assertThat(rows(files.get("skills.csv"))).filteredOn((row) -> row.get("slug").equals("collector"))
			.extracting((row) -> row.get("skill"))
			.startsWith("Patients", "Customer Service", "Payment Arrangements");
		assertThat(rows(files.get("demographic_shares.csv")))
			.filteredOn((row) -> row.get("slug").equals("collector") && row.get("group").equals("Female"))
			.extracting((row) -> row.get("sharePct"))
			.containsExactly("64");
		assertThat(rows(files.get("alternate_titles.csv"))).filteredOn((row) -> row.get("slug").equals("collector"))
			.extracting((row) -> row.get("title"))
			.containsExactly("Debt Collector", "Collection Agent", "Bill Collector");
	}

	@Test
	void textASpreadsheetWouldRunAsAFormulaIsExportedWithAnApostrophe() throws IOException {
		String title = "Agent " + UUID.randomUUID().toString().substring(0, 8);
		Http.Response created = this.admin.submit("/admin/occupations/new", "form.occupation-form",
				Map.of("title", title, "category", "Office and administrative", "description",
						"=HYPERLINK(\"http://evil.example\",\"Click\")", "yearlySalary", "40000",
						"alternateTitles[0]", "@SUM(A1:A9)"));
		assertThat(created.status()).isEqualTo(302);
		String slug = created.location().substring("/admin/occupations/".length());

		Map<String, String> files = unzip(this.admin.get("/admin/catalog/export").bytes());

		Map<String, String> row = rows(files.get("occupations.csv")).stream()
			.filter((occupation) -> occupation.get("slug").equals(slug))
			.findFirst()
			.orElseThrow();
		assertThat(row).containsEntry("description", "'=HYPERLINK(\"http://evil.example\",\"Click\")");
		assertThat(rows(files.get("alternate_titles.csv"))).filteredOn((title2) -> title2.get("slug").equals(slug))
			.extracting((title2) -> title2.get("title"))
			.containsExactly("'@SUM(A1:A9)");
	}

	@Test
	void anonymousVisitorsGetNoExport() {
		Http.Response export = new Browserless(this.port).get("/admin/catalog/export");

		assertThat(export.status()).isEqualTo(302);
		assertThat(export.location()).isEqualTo("/login");
	}

	private static Map<String, String> unzip(byte[] bytes) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	private static List<Map<String, String>> rows(String csv) {
		CsvMapper mapper = CsvMapper.shared();
		try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(csv)) {
			return rows.readAll();
		}
	}

}
