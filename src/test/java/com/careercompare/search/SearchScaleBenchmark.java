package com.careercompare.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search at scale, not part of the build: loads a synthetic catalogue of 100,000
 * occupations with 300,000 alternate titles into a scratch embedded PostgreSQL (the
 * project's migrations, then generated rows), runs {@link OccupationSearch} over a mix of
 * exact, prefix, multi-word and typo queries, and prints p50/p95/p99 latencies for the
 * results page and for suggestions, then EXPLAIN ANALYZE plans showing the indexes used.
 * Run it with {@code src/test/bench/search-scale.sh}.
 */
public final class SearchScaleBenchmark {

	private static final String[] LEVELS = { "", "Senior", "Junior", "Lead", "Chief", "Assistant", "Associate",
			"Principal", "Staff", "Head", "Deputy", "Trainee", "Regional", "Global", "Field", "Remote", "Night",
			"Part Time", "Contract", "Entry Level" };

	private static final String[] AREAS = { "Accounts", "Data", "Marketing", "Sales", "Payroll", "Billing", "Credit",
			"Collections", "Customer", "Claims", "Compliance", "Risk", "Tax", "Audit", "Treasury", "Procurement",
			"Logistics", "Warehouse", "Inventory", "Quality", "Safety", "Facilities", "Security", "Network", "Software",
			"Hardware", "Clinical", "Pharmacy", "Nursing", "Dental", "Veterinary", "Legal", "Insurance", "Mortgage",
			"Loan", "Banking", "Investment", "Retail", "Hospitality", "Events", "Training", "Recruiting", "Benefits",
			"Content", "Design", "Research", "Laboratory", "Energy", "Transport", "Aviation" };

	private static final String[] ROLES = { "Specialist", "Analyst", "Manager", "Coordinator", "Clerk", "Assistant",
			"Officer", "Administrator", "Representative", "Consultant", "Technician", "Supervisor", "Director",
			"Associate", "Advisor", "Engineer", "Planner", "Auditor", "Controller", "Agent", "Examiner", "Processor",
			"Scheduler", "Inspector", "Designer", "Developer", "Architect", "Strategist", "Estimator", "Buyer",
			"Underwriter", "Adjuster", "Investigator", "Recruiter", "Trainer", "Writer", "Editor", "Operator",
			"Dispatcher", "Liaison" };

	private static final String[] GRADES = { "", "I", "II", "III" };

	private static final int OCCUPATIONS = 100_000;

	private static final int ALTERNATES_EACH = 3;

	private static final int ROUNDS = 400;

	private SearchScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path directory = Files.createTempDirectory("search-scale");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(directory.resolve("data"))
			.setCleanDataDirectory(true)
			.start()) {
			DataSource dataSource = postgres.getPostgresDatabase();
			Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
			JdbcClient jdbc = JdbcClient.create(dataSource);
			long loadStart = System.nanoTime();
			load(jdbc);
			System.out.printf(Locale.ROOT, "loaded %,d occupations and %,d alternate titles in %.1f s%n",
					count(jdbc, "occupation"), count(jdbc, "alternate_title"), (System.nanoTime() - loadStart) / 1e9);

			// searched through a pool, as the site does: the server keeps each connection's
			// prepared statement and plans (a connection per query would measure connecting)
			HikariDataSource pool = new HikariDataSource();
			pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			pool.setUsername("postgres");
			pool.setMaximumPoolSize(1);
			OccupationSearch search = new OccupationSearch(JdbcClient.create(pool));
			List<String> titles = jdbc.sql("SELECT title FROM occupation ORDER BY md5(title) LIMIT :n")
				.param("n", ROUNDS)
				.query(String.class)
				.list();
			List<String> alternates = jdbc.sql("SELECT title FROM alternate_title ORDER BY md5(title) LIMIT :n")
				.param("n", ROUNDS)
				.query(String.class)
				.list();
			// warm up: caches, JIT and the server's plans
			for (int i = 0; i < 200; i++) {
				search.search(SearchQuery.of(typo(titles.get(i % titles.size()), i)), 0, SearchPage.PAGE_SIZE);
			}

			System.out.println();
			System.out.println("query kind       search p50/p95/p99 ms   suggest p50/p95/p99 ms   example");
			List<Long> allSearch = new ArrayList<>();
			List<Long> allSuggest = new ArrayList<>();
			measure("exact title", titles, (title) -> title, search, allSearch, allSuggest);
			measure("title prefix", titles, SearchScaleBenchmark::prefix, search, allSearch, allSuggest);
			measure("words, reordered", titles, SearchScaleBenchmark::reordered, search, allSearch, allSuggest);
			measure("alternate title", alternates, (title) -> title, search, allSearch, allSuggest);
			measure("typo", titles, (title) -> typo(title, title.length()), search, allSearch, allSuggest);
			System.out.printf(Locale.ROOT, "%-16s %-23s %-24s%n", "all", percentiles(allSearch),
					percentiles(allSuggest));

			explain(jdbc, "senior marketing anal");
			explain(jdbc, "markting anaylst");
			pool.close();
		}
		finally {
			deleteRecursively(directory);
		}
	}

	private static void load(JdbcClient jdbc) {
		jdbc.sql("""
				CREATE TABLE bench_words (kind text, position int, word text)""").update();
		insertWords(jdbc, "level", LEVELS);
		insertWords(jdbc, "area", AREAS);
		insertWords(jdbc, "role", ROLES);
		insertWords(jdbc, "grade", GRADES);
		// every combination of level, area, role and grade is a distinct title; with the eight
		// seeded ones, 100,000 in all (less any the seed already has)
		jdbc.sql("""
				INSERT INTO occupation (title, slug, category_id, description, yearly_salary, job_openings)
				SELECT t.title, lower(regexp_replace(t.title, '[^A-Za-z0-9]+', '-', 'g')),
				       (SELECT id FROM category LIMIT 1), t.title || ' description.',
				       30000 + (hashtext(t.title) & 65535), hashtext(t.title || 'jobs') & 131071
				FROM (
				    SELECT btrim(concat_ws(' ', nullif(l.word, ''), a.word, r.word, nullif(g.word, ''))) AS title
				    FROM bench_words l, bench_words a, bench_words r, bench_words g
				    WHERE l.kind = 'level' AND a.kind = 'area' AND r.kind = 'role' AND g.kind = 'grade'
				    ORDER BY md5(l.word || a.word || r.word || g.word)
				    LIMIT :n
				) t
				ON CONFLICT DO NOTHING
				""").param("n", OCCUPATIONS - 8).update();
		// three other names each: "Area Role" rephrased, "Role of Area", and initials
		jdbc.sql("""
				INSERT INTO alternate_title (occupation_id, position, title)
				SELECT o.id, p.position,
				       CASE p.position
				           WHEN 1 THEN o.title || ' (' || (o.id % 997) || ')'
				           WHEN 2 THEN split_part(o.title, ' ', array_length(string_to_array(o.title, ' '), 1))
				                       || ' of ' || o.title || ' ' || (o.id % 991)
				           ELSE regexp_replace(o.title, '([A-Z])[a-z]+', '\\1', 'g') || ' ' || o.id
				       END
				FROM occupation o, generate_series(1, :each) AS p(position)
				WHERE NOT EXISTS (SELECT FROM alternate_title seeded WHERE seeded.occupation_id = o.id)
				""").param("each", ALTERNATES_EACH).update();
		jdbc.sql("DROP TABLE bench_words").update();
		// as autovacuum would have done by now: merges the GIN indexes' pending entries and gathers statistics
		jdbc.sql("VACUUM ANALYZE").update();
	}

	private static void insertWords(JdbcClient jdbc, String kind, String[] words) {
		for (int i = 0; i < words.length; i++) {
			jdbc.sql("INSERT INTO bench_words VALUES (:kind, :position, :word)")
				.param("kind", kind)
				.param("position", i)
				.param("word", words[i])
				.update();
		}
	}

	private static void measure(String kind, List<String> sources, Function<String, String> toQuery,
			OccupationSearch search, List<Long> allSearch, List<Long> allSuggest) {
		List<Long> searchTimes = new ArrayList<>();
		List<Long> suggestTimes = new ArrayList<>();
		for (String source : sources) {
			SearchQuery query = SearchQuery.of(toQuery.apply(source));
			long start = System.nanoTime();
			search.search(query, 0, SearchPage.PAGE_SIZE);
			searchTimes.add(System.nanoTime() - start);
			start = System.nanoTime();
			search.suggest(query, SearchController.SUGGESTIONS);
			suggestTimes.add(System.nanoTime() - start);
		}
		allSearch.addAll(searchTimes);
		allSuggest.addAll(suggestTimes);
		System.out.printf(Locale.ROOT, "%-16s %-23s %-24s %s%n", kind, percentiles(searchTimes),
				percentiles(suggestTimes), toQuery.apply(sources.get(0)));
	}

	private static String percentiles(List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
	}

	private static double at(long[] sorted, double quantile) {
		int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	/** The first word and the start of the next, as typed before finishing. */
	private static String prefix(String title) {
		String[] words = title.split(" ");
		return (words.length == 1) ? words[0].substring(0, Math.min(4, words[0].length()))
				: words[0] + " " + words[1].substring(0, Math.min(4, words[1].length()));
	}

	/** The title's words, last first, in lower case. */
	private static String reordered(String title) {
		List<String> words = new ArrayList<>(Arrays.asList(title.toLowerCase(Locale.ROOT).split(" ")));
		java.util.Collections.reverse(words);
		return String.join(" ", words);
	}

	/** One letter of the longest word dropped, as a hurried typist would. */
	private static String typo(String title, int seed) {
		String[] words = title.split(" ");
		int longest = 0;
		for (int i = 1; i < words.length; i++) {
			if (words[i].length() > words[longest].length()) {
				longest = i;
			}
		}
		String word = words[longest];
		int at = 1 + Math.floorMod(seed, Math.max(1, word.length() - 2));
		words[longest] = word.substring(0, at) + word.substring(at + 1);
		return String.join(" ", words);
	}

	private static void explain(JdbcClient jdbc, String query) {
		System.out.println();
		System.out.println("EXPLAIN ANALYZE for \"" + query + "\":");
		String sql = OccupationSearch.SEARCH_SQL.replace(":query", "'" + query.replace("'", "''") + "'")
			.replace(":closeEnough", String.valueOf(OccupationSearch.CLOSE_ENOUGH))
			.replace(":typosBelow", String.valueOf(OccupationSearch.TYPOS_BELOW))
			.replace(":nearEnough", String.valueOf(OccupationSearch.NEAR_ENOUGH))
			.replace(":didYouMean", String.valueOf(OccupationSearch.DID_YOU_MEAN))
			.replace(":broad", String.valueOf(OccupationSearch.BROAD))
			.replace(":limit", "20")
			.replace(":offset", "0");
		jdbc.sql("EXPLAIN (ANALYZE, COSTS OFF, BUFFERS OFF) " + sql).query(String.class).list().forEach(System.out::println);
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private static void deleteRecursively(Path directory) throws java.io.IOException {
		try (var paths = Files.walk(directory)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
