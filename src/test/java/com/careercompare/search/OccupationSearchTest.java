package com.careercompare.search;

import java.util.List;

import com.careercompare.web.Slugs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each matching and ranking rule of {@link OccupationSearch}, on real PostgreSQL with the
 * seeded occupations and, where a rule needs them, occupations added inside the test's
 * transaction (rolled back after each test).
 */
@DataJpaTest
@Import(OccupationSearch.class)
class OccupationSearchTest {

	@Autowired
	private OccupationSearch search;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void wordPrefixesMatch() {
		assertThat(slugs("receiv")).containsExactlyInAnyOrder("accounts-receivable-specialist",
				"senior-accounts-receivable-specialist");
		assertThat(slugs("loss mit")).first().isEqualTo("loss-mitigation-specialist");
		assertThat(slugs("acc rec spec")).containsExactly("accounts-receivable-specialist",
				"senior-accounts-receivable-specialist");
	}

	@Test
	void wordsMatchInAnyOrder() {
		assertThat(slugs("specialist collections")).first().isEqualTo("collections-specialist");
		assertThat(slugs("specialist mitigation loss")).first().isEqualTo("loss-mitigation-specialist");
	}

	@Test
	void singularAndPluralMatchEachOther() {
		assertThat(slugs("collection specialist")).first().isEqualTo("collections-specialist");
		assertThat(slugs("collectors")).first().isEqualTo("collector");
		assertThat(slugs("account specialists")).first().isEqualTo("account-specialist");
	}

	@Test
	void caseAndAccentsAreIgnored() {
		assertThat(slugs("COLLECTOR")).first().isEqualTo("collector");
		assertThat(slugs("Récéivâble")).containsExactly("accounts-receivable-specialist",
				"senior-accounts-receivable-specialist");
		insertOccupation("Pâtissier", 10);
		assertThat(slugs("patissier")).containsExactly("patissier");
	}

	@Test
	void typosFindTheOccupationFirstOrSecond() {
		assertThat(slugs("recievable")).startsWith("accounts-receivable-specialist",
				"senior-accounts-receivable-specialist");
		assertThat(slugs("colector")).first().isEqualTo("collector");
		assertThat(slugs("specalist acount resolution")).first().isEqualTo("account-resolution-specialist");
		assertThat(hits("recievable")).allSatisfy((hit) -> assertThat(hit.match()).isEqualTo(SearchHit.Match.SIMILAR));
	}

	@Test
	void whenOnlyCorrectionsMatchTheSearchSaysWhatItSearchedForInstead() {
		assertThat(this.search.search(SearchQuery.of("recievable"), 0, 20).corrected()).isEqualTo("receivable");
		assertThat(this.search.search(SearchQuery.of("Acounts Recievable"), 0, 20).corrected())
			.isEqualTo("accounts receivable");
		// a word titles use stays as it is
		assertThat(this.search.search(SearchQuery.of("colector specialist"), 0, 20).corrected())
			.isEqualTo("collector specialist");
		// what was typed matched: nothing was corrected
		assertThat(this.search.search(SearchQuery.of("collector"), 0, 20).corrected()).isNull();
		assertThat(this.search.search(SearchQuery.of("receiv"), 0, 20).corrected()).isNull();
	}

	@Test
	void aSearchAsTypedCorrectsNothing() {
		OccupationSearch.Found asTyped = this.search.search(SearchQuery.of("recievable"), 0, 20, true);
		assertThat(asTyped.hits()).isEmpty();
		assertThat(asTyped.corrected()).isNull();
		assertThat(this.search.search(SearchQuery.of("receivable"), 0, 20, true).hits()).hasSize(2);
	}

	@Test
	void aTypoThatTheTitleMatchesShowsTheTitleNotAnAlternate() {
		// "Accounts Receivable Representative", one of its alternate titles, is nearer in
		// trigrams, but the occupation's own title is near enough to match
		assertThat(hits("recievable")).first().satisfies((hit) -> {
			assertThat(hit.slug()).isEqualTo("accounts-receivable-specialist");
			assertThat(hit.alternate()).isNull();
		});
		// when only an alternate title is near enough, it is the one shown
		long id = insertOccupation("Ledger Keeper", 10);
		insertAlternateTitle(id, "Bookkeeping Assistant");
		assertThat(hits("bookeeping")).first().satisfies((hit) -> {
			assertThat(hit.slug()).isEqualTo("ledger-keeper");
			assertThat(hit.alternate()).isEqualTo("Bookkeeping Assistant");
		});
	}

	@Test
	void alternateTitlesMatchAndSayWhichMatched() {
		assertThat(hits("debt collector")).first().satisfies((hit) -> {
			assertThat(hit.slug()).isEqualTo("collector");
			assertThat(hit.alternate()).isEqualTo("Debt Collector");
			assertThat(hit.match()).isEqualTo(SearchHit.Match.ALTERNATE_TITLE);
		});
		assertThat(slugs("collection agent")).first().isEqualTo("collector");
		assertThat(slugs("AR Specialist")).first().isEqualTo("accounts-receivable-specialist");
		assertThat(slugs("A/R specialist")).first().isEqualTo("accounts-receivable-specialist");
	}

	@Test
	void theSeededAlternateTitlesAreStoredInOrder() {
		assertThat(this.jdbc.sql("""
				SELECT a.title FROM alternate_title a JOIN occupation o ON o.id = a.occupation_id
				WHERE o.slug = 'accounts-receivable-specialist' ORDER BY a.position""").query(String.class).list())
			.startsWith("AR Specialist", "A/R Specialist");
		assertThat(this.jdbc.sql("SELECT count(DISTINCT occupation_id) FROM alternate_title").query(Long.class).single())
			.isEqualTo(8);
	}

	@Test
	void rankingIsExactThenStartThenWordsThenAlternateTiesByJobs() {
		insertOccupation("Data Analyst", 10);
		insertOccupation("Data Analyst Manager", 5);
		insertOccupation("Data Analyst Intern", 50);
		insertOccupation("Senior Data Analyst", 1000);
		long bi = insertOccupation("Business Intelligence Specialist", 2000);
		insertAlternateTitle(bi, "Reporting Data Analyst");
		insertOccupation("Analyst of Data", 20);

		List<SearchHit> hits = hits("data analyst");
		assertThat(hits).extracting(SearchHit::slug)
			.containsExactly("data-analyst", "data-analyst-intern", "data-analyst-manager", "senior-data-analyst",
					"analyst-of-data", "business-intelligence-specialist");
		assertThat(hits).extracting(SearchHit::match)
			.containsExactly(SearchHit.Match.TITLE, SearchHit.Match.TITLE_START, SearchHit.Match.TITLE_START,
					SearchHit.Match.TITLE_WORDS, SearchHit.Match.TITLE_WORDS, SearchHit.Match.ALTERNATE_TITLE);
	}

	@Test
	void typosRankAfterEveryOtherMatch() {
		insertOccupation("Data Analyst", 10);
		insertOccupation("Data Canal Engineer", 5000);

		// "anal" is no title's word: it matches the start of "analyst", and is corrected to "canal"
		List<SearchHit> hits = hits("data anal");

		assertThat(hits).extracting(SearchHit::slug).containsExactly("data-analyst", "data-canal-engineer");
		assertThat(hits).extracting(SearchHit::match)
			.containsExactly(SearchHit.Match.TITLE_START, SearchHit.Match.SIMILAR);
	}

	@Test
	void wordsThatTitlesUseAreNotCorrected() {
		insertOccupation("Data Analyst", 10);
		insertOccupation("Date Analyst", 3000);

		assertThat(slugs("data analyst")).containsExactly("data-analyst");
		// the misspelt word is corrected, the word spelt right is not
		assertThat(hits("data anlyst")).extracting(SearchHit::slug, SearchHit::match)
			.containsExactly(tuple("data-analyst", SearchHit.Match.SIMILAR));
	}

	@Test
	void wordsOfOneOrTwoLettersMatchWholeWords() {
		insertOccupation("Data Coordinator I", 10);
		insertOccupation("Data Coordinator Intern", 20);

		assertThat(slugs("i data coordinator")).containsExactly("data-coordinator-i");
		// the title's own start still matches as typed
		assertThat(slugs("data coordinator i")).containsExactly("data-coordinator-i", "data-coordinator-intern");
	}

	@Test
	void aBroadQueryLooksNoFurtherThanTitlesAndCountsThemAsALowerBound() {
		for (int i = 0; i < OccupationSearch.BROAD; i++) {
			insertOccupation("Broadword Role " + i, i);
		}
		long other = insertOccupation("Something Else Entirely", 5);
		insertAlternateTitle(other, "Broadword Expert");

		OccupationSearch.Found broad = this.search.search(SearchQuery.of("broadword"), 0, 20);
		OccupationSearch.Found narrow = this.search.search(SearchQuery.of("broadword role 19"), 0, 20);

		assertThat(broad.total()).isEqualTo(OccupationSearch.BROAD);
		assertThat(broad.more()).isTrue();
		assertThat(broad.hits()).hasSize(20).allSatisfy((hit) -> assertThat(hit.title()).startsWith("Broadword Role"));
		assertThat(broad.hits().get(0).slug()).isEqualTo("broadword-role-" + (OccupationSearch.BROAD - 1));
		assertThat(narrow.more()).isFalse();
		assertThat(slugs("broadword exp")).containsExactly("something-else-entirely");
	}

	@ParameterizedTest
	@ValueSource(strings = { "specialist", "collect", "recievable", "debt collector", "ar", "acc rec spec" })
	void suggestionsAreTheFirstResultsInTheSameOrder(String typed) {
		List<String> page = slugs(typed);
		List<String> suggested = this.search.suggest(SearchQuery.of(typed), 3).hits().stream().map(SearchHit::slug).toList();

		assertThat(suggested).isEqualTo(page.subList(0, Math.min(3, page.size())));
	}

	@Test
	void nothingMatchingOffersTheNearestTitles() {
		// "xq" is too short to be a typo of anything, so nothing matches every word
		OccupationSearch.Found found = this.search.search(SearchQuery.of("colections xq"), 0, 20);
		assertThat(found.hits()).isEmpty();
		assertThat(found.total()).isZero();
		assertThat(found.nearest()).extracting(SearchHit::slug)
			.startsWith("collections-coordinator", "collections-specialist");
		assertThat(found.nearest()).hasSizeLessThanOrEqualTo(OccupationSearch.DID_YOU_MEAN);
	}

	@Test
	void nonsenseMatchesNothingAndOffersNothing() {
		OccupationSearch.Found found = this.search.search(SearchQuery.of("xyzzy"), 0, 20);
		assertThat(found.hits()).isEmpty();
		assertThat(found.nearest()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "%", "_", "%%", "'", "\"", "\\", "\\%", "' OR 1=1 --", "'; DROP TABLE occupation; --",
			"<script>alert(1)</script>", "a\u0000b", "*", ":*", "!", "&", "|", "(", "spec:*", "coll & !spec", "ü" })
	void punctuationAndSqlAreTextNotSyntax(String typed) {
		OccupationSearch.Found found = this.search.search(SearchQuery.of(typed), 0, 20);
		// nothing here is a wildcard: a bare % or _ matches no title rather than every one
		assertThat(found.total()).isLessThan(8);
		assertThat(this.jdbc.sql("SELECT count(*) FROM occupation").query(Long.class).single()).isEqualTo(8);
	}

	@Test
	void wordsAroundPunctuationStillMatch() {
		assertThat(slugs("\"collector\"")).first().isEqualTo("collector");
		assertThat(slugs("collector%")).first().isEqualTo("collector");
		assertThat(slugs("coll & !spec")).first().isEqualTo("collections-specialist");
	}

	@Test
	void everyOccupationIsListedByTitleAPageAtATime() {
		OccupationSearch.Found first = this.search.all(0, 5);
		OccupationSearch.Found second = this.search.all(5, 5);
		assertThat(first.total()).isEqualTo(8);
		assertThat(first.hits()).hasSize(5);
		assertThat(second.hits()).hasSize(3);
		assertThat(first.hits().get(0).title()).isEqualTo("Account Resolution Specialist");
		assertThat(second.hits().get(2).title()).isEqualTo("Senior Accounts Receivable Specialist");
	}

	@Test
	void matchesArePagedWithTheirTotal() {
		for (int i = 1; i <= 25; i++) {
			insertOccupation("Payroll Clerk " + (char) ('A' + i), i);
		}
		OccupationSearch.Found first = this.search.search(SearchQuery.of("payroll"), 0, 20);
		OccupationSearch.Found second = this.search.search(SearchQuery.of("payroll"), 20, 20);
		assertThat(first.total()).isEqualTo(25);
		assertThat(first.hits()).hasSize(20);
		assertThat(second.hits()).hasSize(5);
		assertThat(first.hits().get(0).slug()).isEqualTo("payroll-clerk-z");
	}

	private List<String> slugs(String query) {
		return hits(query).stream().map(SearchHit::slug).toList();
	}

	private List<SearchHit> hits(String query) {
		return this.search.search(SearchQuery.of(query), 0, 20).hits();
	}

	private long insertOccupation(String title, int jobOpenings) {
		String slug = Slugs.of(title);
		return this.jdbc.sql("""
				INSERT INTO occupation (title, slug, category_id, description, yearly_salary, job_openings)
				SELECT :title, :slug, id, :description, 40000, :jobs FROM category LIMIT 1
				RETURNING id""")
			.param("title", title)
			.param("slug", slug)
			.param("description", title + " description.")
			.param("jobs", jobOpenings)
			.query(Long.class)
			.single();
	}

	private void insertAlternateTitle(long occupationId, String title) {
		this.jdbc.sql("INSERT INTO alternate_title (occupation_id, position, title) VALUES (:id, 1, :title)")
			.param("id", occupationId)
			.param("title", title)
			.update();
	}

}
