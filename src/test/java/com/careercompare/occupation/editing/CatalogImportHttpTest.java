package com.careercompare.occupation.editing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.careercompare.support.AdminTest;
import com.careercompare.support.Browserless;
import com.careercompare.support.Http;
import com.careercompare.support.ImportTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /admin/catalog/import}: a {@code catalog.zip} checked whole, previewed, and on
 * confirmation applied in one transaction, as one revision; bad files explained by file,
 * line and column, changing nothing.
 */
@ImportTest
class CatalogImportHttpTest {

	private static final String OCCUPATIONS = CatalogFormat.OCCUPATIONS;

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private Browserless admin;

	@BeforeEach
	void signIn() {
		this.admin = new Browserless(this.port);
		assertThat(this.admin.signIn(AdminTest.USERNAME, AdminTest.PASSWORD).location()).isEqualTo("/admin");
	}

	@Test
	void importingTheExportAsItIsChangesNothing() {
		long version = catalogVersion();

		Document preview = upload(export().bytes()).html();

		assertThat(summary(preview)).containsExactly("0 occupations added", "0 changed",
				count() + " left as they are",
				"Every occupation of the catalog is in the file");
		assertThat(preview.text()).contains("importing it changes nothing");
		Document done = confirm(preview, false).html();
		assertThat(done.select("h1").text()).isEqualTo("Imported catalog.zip");
		assertThat(catalogVersion()).isEqualTo(version);
	}

	@Test
	void oneCellChangedInASpreadsheetChangesExactlyThatFactInOneRevision() {
		CatalogZip before = export();
		String salary = before.row(OCCUPATIONS, "collections-specialist").get(before.column(OCCUPATIONS, "yearlySalary"));
		int changed = Integer.parseInt(salary) + 1234;
		long version = catalogVersion();
		long revisions = this.jdbc.sql("select count(*) from revision").query(Long.class).single();

		Document preview = upload(export().set(OCCUPATIONS, "collections-specialist", "yearlySalary",
				String.valueOf(changed)).bytes()).html();

		assertThat(summary(preview)).startsWith("0 occupations added", "1 changed");
		Element change = preview.selectFirst(".import-change");
		assertThat(change.select("h3").text()).isEqualTo("Collections Specialist");
		assertThat(change.select("tbody tr")).hasSize(1);
		assertThat(change.select("tbody tr").text()).isEqualTo("Average yearly salary "
				+ dollars(Integer.parseInt(salary)) + " " + dollars(changed));

		Document done = confirm(preview, false).html();
		assertThat(done.select("[role=status]").text()).isEqualTo("0 added, 1 changed, " + (count() - 1)
				+ " left as they were, 0 removed.");
		assertThat(get("/occupations/collections-specialist").text()).contains(dollars(changed));
		assertThat(catalogVersion()).isEqualTo(version + 1);
		assertThat(this.jdbc.sql("select count(*) from revision").query(Long.class).single()).isEqualTo(revisions + 1);
		assertThat(this.jdbc.sql("select changed_by || ' / ' || note from revision order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo(AdminTest.USERNAME + " / Import of catalog.zip");
		Document history = get("/admin/occupations/collections-specialist/history");
		assertThat(history.selectFirst(".history-entry h2").text()).startsWith("Changed by " + AdminTest.USERNAME
				+ " (Import of catalog.zip)");
		assertThat(history.selectFirst(".history-entry tbody").text()).startsWith("Average yearly salary");

		CatalogZip after = export();
		for (String file : CatalogFormat.FILES.keySet()) {
			if (!file.equals(OCCUPATIONS)) {
				assertThat(after.rows(file)).as(file).isEqualTo(before.rows(file));
			}
		}
		after.set(OCCUPATIONS, "collections-specialist", "yearlySalary", salary);
		assertThat(after.rows(OCCUPATIONS)).isEqualTo(before.rows(OCCUPATIONS));
	}

	@Test
	void rowsAddedInASpreadsheetBecomeOccupationsWithTheirLists() {
		CatalogZip file = export().add(OCCUPATIONS, occupationRow("Claims Examiner"))
			.add(CatalogFormat.SKILLS, "claims-examiner", "2", "Insurance", "20")
			.add(CatalogFormat.SKILLS, "claims-examiner", "1", "Customer Service", "35")
			.add(CatalogFormat.RESPONSIBILITIES, "claims-examiner", "1", "Examine insurance claims.")
			.add(CatalogFormat.DEMOGRAPHIC_SHARES, "claims-examiner", "Female", "60")
			.add(CatalogFormat.DEMOGRAPHIC_SHARES, "claims-examiner", "Male", "40")
			.add(CatalogFormat.ALTERNATE_TITLES, "claims-examiner", "1", "Claims Adjuster");

		Document preview = upload(file.bytes()).html();

		assertThat(summary(preview)).startsWith("1 occupation added", "0 changed");
		assertThat(preview.select("#added-heading + ul li").eachText()).containsExactly("Claims Examiner");
		confirm(preview, false);
		Document page = get("/occupations/claims-examiner");
		assertThat(page.select("h1").text()).contains("Claims Examiner");
		assertThat(page.text()).contains("$45,000", "Customer Service", "Insurance", "Examine insurance claims.");
		assertThat(page.text().indexOf("Customer Service")).isLessThan(page.text().indexOf("Insurance"));
		assertThat(page.select("p.source").text())
			.isEqualTo("Source of the figures: Occupational Outlook Handbook, as of 30 November 2026.");
		assertThat(get("/compare/claims-examiner-vs-collector").select("h1").text())
			.isEqualTo("Claims Examiner vs Collector");
	}

	@Test
	void occupationsAbsentFromTheFileStayUnlessTheAdminRemovesThem() {
		CatalogZip file = export().add(OCCUPATIONS, occupationRow("Lien Processor"));
		confirm(upload(file.bytes()).html(), false);
		CatalogZip without = export();
		without.rows(OCCUPATIONS).removeIf((row) -> row.get(0).equals("lien-processor"));

		Document preview = upload(without.bytes()).html();

		assertThat(summary(preview)).last()
			.isEqualTo("1 occupation of the catalog not in the file: kept, unless you remove them below");
		assertThat(preview.select("#absent-heading + ul li").eachText()).containsExactly("Lien Processor");
		assertThat(preview.select("label[for=removeAbsent]").text())
			.isEqualTo("Also remove the 1 occupation that the file does not have");
		Document done = confirm(preview, true).html();
		assertThat(done.select("[role=status]").text()).endsWith("1 removed.");
		assertThat(this.admin.get("/occupations/lien-processor").status()).isEqualTo(404);
	}

	@Test
	void aFileWithProblemsSaysWhereEachIsAndChangesNothing() {
		CatalogZip file = export().set(OCCUPATIONS, "collector", "yearlySalary", "lots")
			.set(OCCUPATIONS, "account-specialist", "title", "Collector")
			.add(CatalogFormat.SKILLS, "no-such-job", "1", "Typing", "10")
			.add(CatalogFormat.DEMOGRAPHIC_SHARES, "collector", "Martian", "1");
		file.set(CatalogFormat.SKILLS, "collector", "sharePct", "140");
		long version = catalogVersion();

		Document page = upload(file.bytes()).html();

		assertThat(page.select("h1").text()).isEqualTo("catalog.zip cannot be imported");
		assertThat(page.select(".error-summary h2").text())
			.isEqualTo("There are 5 problems in the file. Nothing was changed.");
		assertThat(problems(page)).containsExactlyInAnyOrder(
				"occupations.csv, line " + file.line(OCCUPATIONS, "collector") + ", column K (yearlySalary): "
						+ "Enter an amount in whole dollars, such as 43251 or $43,251.",
				"occupations.csv, line " + file.line(OCCUPATIONS, "collector") + ", column B (title): "
						+ "Line " + file.line(OCCUPATIONS, "account-specialist")
						+ " has the same title, or one that gives the same address (collector). Each occupation needs a title of its own.",
				"skills.csv, line " + file.rows(CatalogFormat.SKILLS).size() + ", column A (slug): "
						+ "No occupation in occupations.csv has the slug no-such-job.",
				"skills.csv, line " + file.line(CatalogFormat.SKILLS, "collector") + ", column D (sharePct): "
						+ "Enter a whole percentage from 0% to 100%, such as 14 or 14%.",
				"demographic_shares.csv, line " + file.rows(CatalogFormat.DEMOGRAPHIC_SHARES).size()
						+ ", column B (group): There is no group \"Martian\". The groups are: Male, Female, Black or African American, "
						+ "Unknown, Hispanic or Latino, Asian, White, American Indian and Alaska Native.");
		assertThat(page.select("form.import-confirm")).isEmpty();
		assertThat(page.select("form.import-form input[type=file]")).hasSize(1);
		assertThat(catalogVersion()).isEqualTo(version);
	}

	@Test
	void badFilesGetAClearMessageAndChangeNothing() {
		CatalogZip catalog = export();
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		files.put("This is not a ZIP file that can be read.", "slug,title\n".getBytes(StandardCharsets.UTF_8));
		files.put("The ZIP file has no skills.csv.", export().remove(CatalogFormat.SKILLS).bytes());
		files.put("The column averageAge is missing.", withColumnRenamed(export(), "averageAge", "age").bytes());
		files.put("Unknown column \"age\".", withColumnRenamed(export(), "averageAge", "age").bytes());
		files.put("The ZIP file holds notes.txt, which is not a file of the catalog",
				export().raw("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)).bytes());
		files.put("is on line " + catalog.line(OCCUPATIONS, "collector") + " too. Each occupation is on one line.",
				export().add(OCCUPATIONS, catalog.row(OCCUPATIONS, "collector").toArray(String[]::new)).bytes());
		files.put("A line is longer than 20,000 characters",
				export().set(OCCUPATIONS, "collector", "description", "x".repeat(30_000)).bytes());
		files.put("The ZIP file's files hold more than 1 MB unpacked", zipBomb());
		files.put("The ZIP file has 25 entries", manyEntries(25));
		files.put("The file is not UTF-8 text.", export().raw(CatalogFormat.ALTERNATE_TITLES,
				"slug,position,title\ncollector,1,D\u00e9biteur\n".getBytes(StandardCharsets.ISO_8859_1)).bytes());
		long version = catalogVersion();
		files.forEach((message, bytes) -> {
			Http.Response response = upload(bytes);
			assertThat(response.status()).as(message).isEqualTo(200);
			assertThat(response.html().select(".problems tbody").text()).as(message).contains(message);
		});
		assertThat(catalogVersion()).isEqualTo(version);
	}

	@Test
	void aFileOverTheUploadLimitIsRefusedWithTheLimit() {
		byte[] large = new byte[300 * 1024];
		new java.util.Random(1).nextBytes(large);

		Http.Response response = this.admin.upload(this.admin.get(CatalogController.IMPORT), "form.import-form", "file",
				"catalog.zip", large);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.html().select("#file-error").text()).startsWith("The file is larger than 200 KB");
	}

	@Test
	void aPreviewConfirmedAfterTheCatalogChangedIsCheckedAgainNotApplied() {
		Document preview = upload(export().set(OCCUPATIONS, "collector", "jobOpenings", "12345").bytes()).html();
		this.jdbc.sql("update occupation set average_age = average_age + 1 where slug = 'account-specialist'").update();

		Document page = confirm(preview, false).html();

		assertThat(page.select("h1").text()).isEqualTo("Check what catalog.zip changes");
		assertThat(page.select("[role=alert]").text()).startsWith("The catalog changed after the file was checked");
		assertThat(get("/occupations/collector").text()).doesNotContain("12,345");
	}

	@Test
	void anUnknownImportIsNotFound() {
		assertThat(this.admin.get(CatalogController.IMPORT + "/nope").status()).isEqualTo(404);
	}

	private String[] occupationRow(String title) {
		CatalogZip catalog = export();
		List<String> header = catalog.rows(OCCUPATIONS).get(0);
		String[] row = new String[header.size()];
		Arrays.fill(row, "");
		Map<String, String> values = Map.of("slug", title.toLowerCase().replace(' ', '-'), "title", title, "category",
				"Office and administrative", "yearlySalary", "45000", "description", "Works on " + title + ".", "source",
				"Occupational Outlook Handbook", "sourceDate", "2026-11-30");
		values.forEach((column, value) -> row[header.indexOf(column)] = value);
		return row;
	}

	private static CatalogZip withColumnRenamed(CatalogZip catalog, String column, String name) {
		catalog.rows(OCCUPATIONS).get(0).set(catalog.column(OCCUPATIONS, column), name);
		return catalog;
	}

	/**
	 * The occupations' header, then 2 MB of short lines, which compress to a few KB: over the
	 * 1 MB this test allows unpacked.
	 */
	private static byte[] zipBomb() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(OCCUPATIONS));
			zip.write((String.join(",", CatalogFormat.FILES.get(OCCUPATIONS)) + "\n").getBytes(StandardCharsets.UTF_8));
			zip.write("x\n".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] manyEntries(int count) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int i = 0; i < count; i++) {
				zip.putNextEntry(new ZipEntry("file-" + i + ".csv"));
				zip.closeEntry();
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private CatalogZip export() {
		Http.Response export = this.admin.get(CatalogController.EXPORT);
		assertThat(export.status()).isEqualTo(200);
		return CatalogZip.of(export.bytes());
	}

	/** Uploads the file through the import form and follows the redirect to its page. */
	private Http.Response upload(byte[] zip) {
		Http.Response uploaded = this.admin.upload(this.admin.get(CatalogController.IMPORT), "form.import-form", "file",
				"catalog.zip", zip);
		assertThat(uploaded.status()).isEqualTo(302);
		return this.admin.follow(uploaded);
	}

	private Http.Response confirm(Document preview, boolean removeAbsent) {
		Http.Response page = new Http.Response(200, null, preview.outerHtml().getBytes(StandardCharsets.UTF_8));
		Http.Response confirmed = this.admin.submit(page, "form.import-confirm",
				removeAbsent ? Map.of("removeAbsent", "true") : Map.of());
		assertThat(confirmed.status()).isEqualTo(302);
		return this.admin.follow(confirmed);
	}

	private Document get(String path) {
		Http.Response response = this.admin.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		return response.html();
	}

	private static List<String> summary(Document preview) {
		return preview.select(".import-summary li").eachText();
	}

	private static List<String> problems(Document page) {
		return page.select(".problems tbody tr").stream().map((row) -> row.child(0).text() + ": " + row.child(1).text())
			.toList();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from occupation").query(Long.class).single();
	}

	private long catalogVersion() {
		return this.jdbc.sql("select version from catalog_version").query(Long.class).single();
	}

	private static String dollars(int amount) {
		return String.format(java.util.Locale.ROOT, "$%,d", amount);
	}

}
