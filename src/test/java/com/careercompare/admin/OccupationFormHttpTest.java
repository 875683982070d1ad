package com.careercompare.admin;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.careercompare.support.AdminTest;
import com.careercompare.support.Browserless;
import com.careercompare.support.Http;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The occupation forms over real HTTP, on the database: figures are read as people type
 * them, the rules that need the database give their message beside their field, no update
 * is lost, every change is in the history, and the public pages show it at once. The
 * form's own rules are tested on the web layer alone, in {@code OccupationFormRulesTest}.
 */
@AdminTest
class OccupationFormHttpTest {

	private static final String FORM = "form.occupation-form";

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
	void figuresAreReadTheWayThePagesWriteThem() {
		String slug = newOccupation();

		Http.Response saved = save(slug, Map.of("yearlySalary", "$43,251", "salaryRangeLow", "34,000",
				"salaryRangeHigh", " $54,000 ", "growthRatePct", "-8%", "jobOpenings", "7,596", "jobSatisfaction",
				"3.67", "mostCommonDegree", "Bachelor's Degree", "mostCommonDegreePct", "51%", "gender[0].pct",
				"40.4%", "gender[1].pct", "59.6"));

		assertThat(saved.location()).isEqualTo("/admin/occupations/" + slug);
		Map<String, Object> row = this.jdbc.sql("""
				select yearly_salary, salary_range_low, salary_range_high, growth_rate_pct, job_openings,
				       job_satisfaction, most_common_degree_pct from occupation where slug = ?""")
			.param(slug)
			.query()
			.singleRow();
		assertThat(row).containsEntry("yearly_salary", 43251)
			.containsEntry("salary_range_low", 34000)
			.containsEntry("salary_range_high", 54000)
			.containsEntry("growth_rate_pct", -8)
			.containsEntry("job_openings", 7596)
			.containsEntry("job_satisfaction", new BigDecimal("3.67"))
			.containsEntry("most_common_degree_pct", 51);
		Document form = this.admin.follow(saved).html();
		assertThat(form.select("#yearlySalary").val()).isEqualTo("$43,251");
		assertThat(form.select("#jobOpenings").val()).isEqualTo("7,596");
		assertThat(form.select("[id=gender0.pct]").val()).isEqualTo("40.4%");
		assertThat(form.select(".flash-saved").text()).startsWith("Saved ");
	}

	@Test
	void theSummaryListsTheErrorsInTheOrderOfTheFields() {
		String slug = newOccupation();

		Document page = save(slug, Map.of("skills[0].share", "lots", "yearlySalary", "forty", "title", "",
				"gender[0].pct", "40", "alternateTitles[0]", "x".repeat(121))).html();

		assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#title", "#alternateTitles0",
				"#yearlySalary", "#gender", "#skills0.name", "#skills0.share");
	}

	@Test
	void genderSharesMustAddUpToAHundred() {
		String slug = newOccupation();

		Document page = save(slug, Map.of("gender[0].pct", "40", "gender[1].pct", "50")).html();

		assertThat(page.select("#gender .field-error").text())
			.isEqualTo("The gender shares add up to 90%. They must add up to 100% (leave them all blank if unknown).");
		assertThat(page.select("[id=gender0.pct]").val()).isEqualTo("40%");
		assertThat(page.select("[id=gender1.pct]").val()).isEqualTo("50%");
	}

	@Test
	void raceSharesMayBeOffByTheirRoundingButNoMore() {
		String slug = newOccupation();
		// six shares to one decimal: each within 0.05 of the truth, so together within 0.3 of 100
		Map<String, String> withinRounding = raceShares("12.9", "4.2", "19.0", "3.9", "59.8", "0.5");
		Map<String, String> beyondRounding = raceShares("12.9", "4.2", "19.0", "3.9", "59.9", "0.5");

		Http.Response refused = save(slug, beyondRounding);
		assertThat(refused.html().select("#race .field-error").text()).startsWith("The race shares add up to 100.4%.");

		assertThat(save(slug, withinRounding).location()).isEqualTo("/admin/occupations/" + slug);
	}

	@Test
	void anOccupationsTitleMustBeItsOwn() {
		String slug = newOccupation();

		Document sameTitle = save(slug, Map.of("title", "COLLECTOR")).html();
		Document sameAddress = save(slug, Map.of("title", "Collector!")).html();

		assertThat(errorOf(sameTitle, "title")).isEqualTo(
				"Another occupation is already called this, or has the address /occupations/collector. Choose another title.");
		assertThat(errorOf(sameAddress, "title")).startsWith("Another occupation is already called this");
		assertThat(errorOf(save(slug, Map.of("title", "!!!")).html(), "title"))
			.isEqualTo("The title needs at least one letter or digit.");
	}

	@Test
	void controlCharactersAreDroppedAndSpacesTidied() {
		String slug = newOccupation();

		Http.Response saved = save(slug, Map.of("description", "Line one\u0000\u0007\r\nLine two  ",
				"skills[0].name", "  Cold   calling ", "highestPayingCity", "\u0000"));

		assertThat(saved.location()).isEqualTo("/admin/occupations/" + slug);
		Map<String, Object> row = this.jdbc.sql("select description, highest_paying_city from occupation where slug = ?")
			.param(slug)
			.query()
			.singleRow();
		assertThat(row.get("description")).isEqualTo("Line one\nLine two");
		assertThat(row.get("highest_paying_city")).isNull();
		assertThat(skillsOf(slug)).containsExactly("Cold calling");
	}

	@Test
	void aHandMadeRequestForRowsTheFormDoesNotHaveGetsA400NotAnError() {
		String slug = newOccupation();

		Http.Response response = save(slug, Map.of("skills[100000].name", "x"));
		Http.Response tamperedGroup = save(slug, Map.of("gender[0].groupId", "999"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.html().select("h1").text()).isEqualTo("We could not understand that request");
		assertThat(tamperedGroup.status()).isEqualTo(200);
		assertThat(tamperedGroup.html().select("#gender .field-error").text())
			.isEqualTo("The gender groups were not understood. Reload the page.");
	}

	@Test
	void rowsAreAddedMovedAndRemovedWithoutSavingAnything() {
		String slug = newOccupation();
		save(slug, Map.of("skills[0].name", "First", "responsibilities[0]", "Answer calls."));
		int version = versionOf(slug);

		Http.Response added = this.admin.submit("/admin/occupations/" + slug, FORM, Map.of("rows", "skills:add"));
		Http.Response filled = this.admin.submit(added, FORM, Map.of("skills[1].name", "Second", "skills[2].name",
				"Third", "rows", "skills:up:2"));
		Document moved = filled.html();

		assertThat(moved.select("[id=skills0.name]").val()).isEqualTo("First");
		assertThat(moved.select("[id=skills1.name]").val()).isEqualTo("Third");
		assertThat(moved.select("[id=skills2.name]").val()).isEqualTo("Second");
		Document removed = this.admin.submit(filled, FORM, Map.of("rows", "skills:remove:0")).html();
		assertThat(removed.select("[id=skills0.name]").val()).isEqualTo("Third");
		assertThat(removed.select("[id=skills1.name]").val()).isEqualTo("Second");
		assertThat(versionOf(slug)).isEqualTo(version);
		assertThat(skillsOf(slug)).containsExactly("First");

		Http.Response saved = this.admin.submit(this.admin.submit(filled, FORM, Map.of("rows", "skills:remove:0")), FORM,
				Map.of());
		assertThat(saved.location()).isEqualTo("/admin/occupations/" + slug);
		assertThat(skillsOf(slug)).containsExactly("Third", "Second");
	}

	@Test
	void aSaveOverAnotherAdminsSaveIsAConflictThatKeepsTheInput() {
		String slug = newOccupation();
		Browserless other = new Browserless(this.port);
		other.signIn(AdminTest.USERNAME, AdminTest.PASSWORD);
		Http.Response mine = this.admin.get("/admin/occupations/" + slug);
		Http.Response theirs = other.get("/admin/occupations/" + slug);

		assertThat(other.submit(theirs, FORM, Map.of("yearlySalary", "$51,000")).location())
			.isEqualTo("/admin/occupations/" + slug);
		Http.Response conflict = this.admin.submit(mine, FORM,
				Map.of("skills[0].name", "Negotiation", "description", "My better description."));

		assertThat(conflict.status()).isEqualTo(409);
		Document page = conflict.html();
		assertThat(page.select(".conflict h2").text())
			.isEqualTo("Someone else saved this occupation while you were editing it");
		assertThat(page.select(".conflict").text()).contains(AdminTest.USERNAME)
			.contains("Your changes have not been saved");
		assertThat(page.select(".conflict table").text()).contains("Average yearly salary $51,000 $40,000");
		assertThat(page.select("#yearlySalary-saved").text()).isEqualTo("Saved meanwhile: $51,000");
		// my input is still in the form
		assertThat(page.select("[id=skills0.name]").val()).isEqualTo("Negotiation");
		assertThat(page.select("#description").val()).isEqualTo("My better description.");
		assertThat(salaryOf(slug)).isEqualTo(51000);
		assertThat(skillsOf(slug)).isEmpty();

		// saving again, knowingly, replaces theirs with mine
		Http.Response again = this.admin.submit(conflict, FORM, Map.of());
		assertThat(again.location()).isEqualTo("/admin/occupations/" + slug);
		assertThat(skillsOf(slug)).containsExactly("Negotiation");
		assertThat(salaryOf(slug)).isEqualTo(40000);
	}

	@Test
	void aConflictIsReportedEvenWhenTheFormAlsoHasErrors() {
		String slug = newOccupation();
		Http.Response mine = this.admin.get("/admin/occupations/" + slug);
		save(slug, Map.of("yearlySalary", "41000"));

		Http.Response conflict = this.admin.submit(mine, FORM, Map.of("yearlySalary", "lots"));

		assertThat(conflict.status()).isEqualTo(409);
		Document page = conflict.html();
		assertThat(page.select(".conflict h2").text()).startsWith("Someone else saved");
		assertThat(errorOf(page, "yearlySalary")).startsWith("Enter an amount in whole dollars");
		assertThat(page.select("#yearlySalary").val()).isEqualTo("lots");
	}

	@Test
	void anOccupationDeletedWhileEditedKeepsTheInputToSaveAsNew() {
		String slug = newOccupation();
		Http.Response mine = this.admin.get("/admin/occupations/" + slug);
		this.admin.submit("/admin/occupations/" + slug + "/delete", "main form", Map.of());

		Http.Response page = this.admin.submit(mine, FORM, Map.of("description", "Kept text."));

		assertThat(page.status()).isEqualTo(409);
		assertThat(page.html().select(".conflict h2").text()).isEqualTo("This occupation was deleted while you were editing it");
		assertThat(page.html().select("#description").val()).isEqualTo("Kept text.");
		assertThat(page.html().select(FORM).attr("action")).isEqualTo("/admin/occupations/new");
	}

	@Test
	void everySaveIsInTheHistoryWithWhoAndEachFieldBeforeAndAfter() {
		String slug = newOccupation();
		long revisionsBefore = count("select count(*) from revision");

		save(slug, Map.of("yearlySalary", "$45,500", "skills[0].name", "Negotiation", "skills[0].share", "12%"));

		assertThat(count("select count(*) from revision")).isEqualTo(revisionsBefore + 1);
		assertThat(this.jdbc.sql("select changed_by from revision order by id desc limit 1").query(String.class).single())
			.isEqualTo(AdminTest.USERNAME);
		assertThat(count("select count(*) from occupation_aud a join occupation o on o.id = a.id where o.slug = '" + slug
				+ "'")).isEqualTo(2);
		Document history = this.admin.get("/admin/occupations/" + slug + "/history").html();
		var latest = history.select(".history-entry").first();
		assertThat(latest.select("h2").text()).startsWith("Changed by " + AdminTest.USERNAME);
		assertThat(latest.select("tbody tr").eachText()).containsExactly("Average yearly salary $40,000 $45,500",
				"Skills — blank Negotiation, 12%");
		assertThat(history.select(".history-entry").last().select("h2").text()).startsWith("Created by");
	}

	@Test
	void savingWithoutChangesSavesNothing() {
		String slug = newOccupation();
		long revisions = count("select count(*) from revision");

		Http.Response saved = save(slug, Map.of());

		assertThat(this.admin.follow(saved).html().select(".flash-saved").text())
			.isEqualTo("Nothing was changed, so nothing was saved.");
		assertThat(count("select count(*) from revision")).isEqualTo(revisions);
	}

	@Test
	void aChangeShowsOnThePublicPagesAtOnce() {
		String slug = newOccupation();
		Http http = new Http(this.port);
		String comparison = "/compare/" + slug + "-vs-collector";
		assertThat(http.get(comparison).body()).doesNotContain("$47,654");

		save(slug, Map.of("yearlySalary", "47654", "skills[0].name", "Skip tracing"));

		Document page = http.get(comparison).html();
		assertThat(page.text()).contains("$47,654").contains("Skip tracing");
		assertThat(page.select(".last-updated time").attr("datetime")).isNotEmpty();
		assertThat(http.get("/occupations/" + slug).html().select(".last-updated").text()).startsWith("Last updated ");
	}

	@Test
	void aRenamedOccupationsOldAddressesRedirectToItsNewOnes() {
		String slug = newOccupation();
		String title = "Renamed " + UUID.randomUUID().toString().substring(0, 6);
		String newSlug = title.toLowerCase().replace(' ', '-');

		Http.Response saved = save(slug, Map.of("title", title));

		assertThat(saved.location()).isEqualTo("/admin/occupations/" + newSlug);
		Http http = new Http(this.port);
		assertThat(http.get("/occupations/" + slug).location()).isEqualTo("/occupations/" + newSlug);
		assertThat(http.get("/compare/" + slug + "-vs-collector").location())
			.isEqualTo("/compare/" + newSlug + "-vs-collector");
		assertThat(http.get("/compare/collector-vs-" + slug).location()).isEqualTo("/compare/collector-vs-" + newSlug);
		assertThat(http.get("/occupations/" + newSlug).status()).isEqualTo(200);
		assertThat(http.get("/occupations/" + slug).status()).isEqualTo(301);
	}

	@Test
	void deletingAnOccupationAsksFirstThenRemovesItAndItsComparisons() {
		String slug = newOccupation();
		String title = titleOf(slug);
		Http http = new Http(this.port);
		assertThat(http.get("/compare/collector-vs-" + slug).status()).isEqualTo(200);

		Document confirm = this.admin.get("/admin/occupations/" + slug + "/delete").html();
		assertThat(confirm.select("h1").text()).isEqualTo("Delete " + title + "?");
		assertThat(http.get("/occupations/" + slug).status()).isEqualTo(200);

		Http.Response deleted = this.admin.submit("/admin/occupations/" + slug + "/delete", "main form", Map.of());

		assertThat(deleted.location()).isEqualTo("/admin");
		assertThat(http.get("/occupations/" + slug).status()).isEqualTo(404);
		assertThat(http.get("/compare/collector-vs-" + slug).status()).isEqualTo(404);
		assertThat(http.get("/compare/" + slug + "-vs-collector").status()).isEqualTo(404);
		assertThat(http.get("/occupations").body()).doesNotContain(title);
		Document home = this.admin.get("/admin").html();
		assertThat(home.select(".recent-changes li").first().text()).contains("deleted " + title);
		assertThat(this.admin.get("/admin/occupations/" + slug).status()).isEqualTo(404);
	}

	@Test
	void aNewOccupationWithNewNamesCreatesThemAndAppearsEverywhere() {
		String title = "Skip Tracer " + UUID.randomUUID().toString().substring(0, 6);
		Http.Response created = this.admin.submit("/admin/occupations/new", FORM,
				Map.of("title", title, "category", "Finance and insurance", "description", "Finds people who owe.",
						"yearlySalary", "$41,000", "bestPayingCompany", "Acme Recovery", "skills[0].name",
						"Skip tracing"));
		String slug = title.toLowerCase().replace(' ', '-');

		assertThat(created.location()).isEqualTo("/admin/occupations/" + slug);
		Http http = new Http(this.port);
		assertThat(http.get("/occupations/" + slug).html().text()).contains("Finds people who owe.")
			.contains("Acme Recovery")
			.contains("Skip tracing");
		assertThat(http.get("/categories/finance-and-insurance").html().text()).contains(title);
		assertThat(http.get("/compare/" + slug + "-vs-collector").status()).isEqualTo(200);
	}

	@Test
	void unknownOccupationsGetTheNotFoundPage() {
		assertThat(this.admin.get("/admin/occupations/no-such-job").status()).isEqualTo(404);
		assertThat(this.admin.get("/admin/occupations/no-such-job/history").status()).isEqualTo(404);
		assertThat(this.admin.get("/admin/occupations/no-such-job/delete").status()).isEqualTo(404);
	}

	@Test
	void theListFiltersByTitle() {
		Document page = this.admin.get("/admin?q=SPECIALIST").html();

		assertThat(page.select("tbody th").eachText()).isNotEmpty().allMatch((title) -> title.contains("Specialist"));
		assertThat(page.select("tbody th").eachText()).doesNotContain("Collector");
	}

	private static String errorOf(Document page, String field) {
		return page.select("[id=" + id(field) + "-error]").text();
	}

	private static String id(String field) {
		return field.replace("[", "").replace("]", "");
	}

	/** An occupation of this test's own, with a title, category, description and salary ($40,000). */
	private String newOccupation() {
		String title = "Test Occupation " + UUID.randomUUID().toString().substring(0, 8);
		Http.Response created = this.admin.submit("/admin/occupations/new", FORM,
				Map.of("title", title, "category", "Office and administrative", "description", "Does tests.",
						"yearlySalary", "40000"));
		assertThat(created.status()).as("created %s", title).isEqualTo(302);
		return created.location().substring("/admin/occupations/".length());
	}

	private Http.Response save(String slug, Map<String, String> changes) {
		return this.admin.submit("/admin/occupations/" + slug, FORM, changes);
	}

	private static Map<String, String> raceShares(String... shares) {
		Map<String, String> fields = new HashMap<>();
		for (int i = 0; i < shares.length; i++) {
			fields.put("race[" + i + "].pct", shares[i]);
		}
		return fields;
	}

	private List<String> skillsOf(String slug) {
		return this.jdbc.sql("""
				select s.name from occupation_skill os join skill s on s.id = os.skill_id
				join occupation o on o.id = os.occupation_id where o.slug = ? order by os.position""")
			.param(slug)
			.query(String.class)
			.list();
	}

	private int salaryOf(String slug) {
		return this.jdbc.sql("select yearly_salary from occupation where slug = ?").param(slug).query(Integer.class).single();
	}

	private int versionOf(String slug) {
		return this.jdbc.sql("select version from occupation where slug = ?").param(slug).query(Integer.class).single();
	}

	private String titleOf(String slug) {
		return this.jdbc.sql("select title from occupation where slug = ?").param(slug).query(String.class).single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
