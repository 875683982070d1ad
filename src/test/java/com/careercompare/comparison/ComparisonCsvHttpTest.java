package com.careercompare.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.support.Http;
import com.careercompare.text.Figures;
import com.careercompare.text.SpreadsheetCells;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every comparison as CSV: the rows as the page shows them, the values as the database holds them, safe in a spreadsheet. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComparisonCsvHttpTest {

	@LocalServerPort
	private int port;

	@Autowired
	private OccupationCatalog catalog;

	@Autowired
	private ComparisonColumns columns;

	@Autowired
	private JdbcClient jdbc;

	private Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void everySeededPairDownloadsWithTheDatabasesFigures() {
		List<OccupationSummary> occupations = this.catalog.summaries(this.catalog.version());
		int pairs = 0;
		for (OccupationSummary first : occupations) {
			for (OccupationSummary second : occupations) {
				if (first == second) {
					continue;
				}
				String path = "/compare/" + first.slug() + "-vs-" + second.slug() + ".csv";
				Http.Response response = this.http.get(path);
				assertThat(response.status()).as(path).isEqualTo(200);
				assertThat(response.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
				assertThat(response.header("Content-Disposition"))
					.isEqualTo("attachment; filename=\"" + first.slug() + "-vs-" + second.slug() + ".csv\"");
				List<List<String>> rows = read(response.body());
				assertThat(rows.get(0)).containsExactly("Section", "Fact", first.title(), second.title(), "Difference");
				Map<String, List<String>> overview = byFact(rows, "Overview");
				assertThat(overview.keySet()).containsExactly("Yearly salary", "Hourly rate", "Growth rate",
						"Number of jobs", "Job satisfaction", "Most common degree", "Average age",
						"Years of experience");
				for (int column = 0; column < 2; column++) {
					String slug = (column == 0) ? first.slug() : second.slug();
					Map<String, Object> stored = this.jdbc
						.sql("select yearly_salary, growth_rate_pct, job_openings, average_age, lgbt_pct"
								+ " from occupation where slug = ?")
						.param(slug)
						.query()
						.singleRow();
					assertThat(overview.get("Yearly salary").get(column))
						.isEqualTo(Figures.dollars((Integer) stored.get("yearly_salary")));
					assertThat(overview.get("Growth rate").get(column)).isEqualTo(text(stored.get("growth_rate_pct"), "%"));
					assertThat(overview.get("Number of jobs").get(column))
						.isEqualTo((stored.get("job_openings") != null)
								? Figures.count((Integer) stored.get("job_openings")) : "");
					assertThat(overview.get("Average age").get(column)).isEqualTo(text(stored.get("average_age"), ""));
					assertThat(byFact(rows, "Demographics").get("LGBT Percentage").get(column))
						.isEqualTo(text(stored.get("lgbt_pct"), "%"));
					List<String> skills = this.jdbc
						.sql("select s.name from occupation_skill os join skill s on s.id = os.skill_id"
								+ " join occupation o on o.id = os.occupation_id where o.slug = ? order by os.position")
						.param(slug)
						.query(String.class)
						.list();
					assertThat(byFact(rows, "Skills").get("Skills").get(column).replaceAll(" \\(\\d+%\\)", ""))
						.isEqualTo(String.join("; ", skills));
				}
				pairs++;
			}
		}
		assertThat(pairs).isEqualTo(56);
	}

	@Test
	void threeAndFourHaveAColumnEachAndNoDifference() {
		List<List<String>> rows = read(this.http.get(MultiComparisonHttpTest.FOUR + ".csv").body());
		assertThat(rows.get(0)).containsExactly("Section", "Fact", "Senior Accounts Receivable Specialist", "Collector",
				"Account Specialist", "Collections Specialist");
		assertThat(rows).allSatisfy((row) -> assertThat(row).hasSize(6));
		List<List<String>> differences = read(
				this.http.get(MultiComparisonHttpTest.THREE + ".csv?only=differences").body());
		assertThat(differences).noneMatch((row) -> row.get(1).equals("Average age"));
		assertThat(read(this.http.get(MultiComparisonHttpTest.THREE + ".csv").body()))
			.anyMatch((row) -> row.get(1).equals("Average age"));
	}

	@Test
	void addressesOfCsvFilesAreTidiedAsThoseOfPages() {
		Http.Response response = this.http.get("/compare/Collector-vs-Account-Specialist.CSV");
		assertThat(response.status()).isEqualTo(301);
		assertThat(response.location()).isEqualTo("/compare/collector-vs-account-specialist.csv");
		Http.Response repeat = this.http.get("/compare/collector-vs-account-specialist-vs-collector.csv");
		assertThat(repeat.location()).isEqualTo("/compare/collector-vs-account-specialist.csv");
		assertThat(this.http.get("/compare/collector-vs-astronaut.csv").status()).isEqualTo(404);
	}

	@Test
	void textThatASpreadsheetWouldRunIsWrittenSafelyAndReadsBackAsItWas() {
		CatalogVersion version = this.catalog.version();
		OccupationProfile collector = this.catalog.profile(version, "collector").orElseThrow();
		OccupationProfile underwriter = this.catalog.profile(version, "account-specialist").orElseThrow();
		List<ComparisonColumn> parts = new ArrayList<>();
		for (String title : new String[] { "=HYPERLINK(\"http://evil.test\",\"x\")", "@SUM(A1)" }) {
			OccupationProfile base = parts.isEmpty() ? collector : underwriter;
			parts.add(this.columns.column(version, new OccupationProfile(title, base.slug(), base.category(),
					base.values(), base.skills(), base.responsibilities(), base.alternateTitles(), base.gender(),
					base.race(), base.updatedAt())));
		}
		String csv = ComparisonCsv.of(Comparison.of(parts, this.columns, false));
		List<List<String>> raw = readRaw(csv);
		assertThat(raw.get(0).get(2)).isEqualTo("'=HYPERLINK(\"http://evil.test\",\"x\")");
		assertThat(raw.get(0).get(3)).isEqualTo("'@SUM(A1)");
		assertThat(raw).allSatisfy((row) -> assertThat(row).allSatisfy(
				(cell) -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
					.doesNotStartWith("@")));
		assertThat(read(csv).get(0).get(2)).isEqualTo("=HYPERLINK(\"http://evil.test\",\"x\")");
	}

	private static String text(Object value, String unit) {
		return (value != null) ? value + unit : "";
	}

	/** The rows of a table ("Overview") by their label. */
	private static Map<String, List<String>> byFact(List<List<String>> rows, String section) {
		Map<String, List<String>> facts = new java.util.LinkedHashMap<>();
		for (List<String> row : rows) {
			if (row.get(0).equals(section)) {
				facts.put(row.get(1), row.subList(2, row.size()));
			}
		}
		return facts;
	}

	/** The cells as a spreadsheet user means them: each read back from its safe form. */
	private static List<List<String>> read(String csv) {
		return readRaw(csv).stream().map((row) -> row.stream().map(SpreadsheetCells::text).toList()).toList();
	}

	private static List<List<String>> readRaw(String csv) {
		assertThat(csv).startsWith("\uFEFF");
		CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
		List<List<String>> rows = new ArrayList<>();
		try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
			.with(CsvSchema.emptySchema())
			.readValues(csv.substring(1))) {
			it.forEachRemaining(rows::add);
		}
		return rows;
	}

}
