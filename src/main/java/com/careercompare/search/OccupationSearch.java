package com.careercompare.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds occupations by title in PostgreSQL, in one query per search, using the stored search
 * columns and indexes of {@code V4__search.sql} and {@code V8__faster_search.sql} (pg_trgm
 * and unaccent). Matching ignores case and accents; the query's words match in any order,
 * singular or plural (English stems). A word that titles use matches that whole word; the
 * last word, still being typed, and any word no title uses ("acc rec spec") match the start
 * of a word once they have three letters; words of one or two letters match whole words
 * only. The title itself may also start with what was typed ("ar" finds "AR Specialist").
 * Alternate titles match the same ways; and words no title uses are corrected, so that
 * titles close to a misspelt word in trigrams match too, and the page can say what it
 * searched for instead ({@link Found#corrected()}); a search may also be asked to take the
 * words as typed.
 * <p>
 * The ranking, best first:
 * <ol>
 * <li>the title, exactly;</li>
 * <li>the start of the title;</li>
 * <li>all the query's words in the title;</li>
 * <li>an alternate title, in any of those ways;</li>
 * <li>similar titles or alternate titles (typos), the closest first: each word of the query
 * that no title uses is corrected against the known title words ({@code search_word}, by
 * trigram similarity), and every word must come within {@value #CLOSE_ENOUGH} trigram word
 * similarity of the title. Typos are looked for only while the rules above find fewer than
 * {@value #TYPOS_BELOW} matches (or than the suggestions wanted).</li>
 * </ol>
 * An occupation matched by its own title is shown under it, even when one of its alternate
 * titles is closer to a typo. Ties go to the occupation with more jobs, then by title. When
 * nothing matches, the titles nearest the whole query (up to {@value #DID_YOU_MEAN}, at
 * least {@value #NEAR_ENOUGH} similar) are offered instead.
 * <p>
 * A broad query (at least {@value #BROAD} titles match, and enough for the page asked for)
 * looks no further than titles: alternate titles and typos rank after them and could not
 * reach the page. Its total then counts the titles only, as a lower bound.
 */
@Repository
class OccupationSearch {

	/** The least word similarity for a misspelt word to match (0 to 1; "recievable" comes to 0.47). */
	static final double CLOSE_ENOUGH = 0.40;

	/** The least trigram similarity of the whole query to a title for it to be offered under "Did you mean". */
	static final double NEAR_ENOUGH = 0.3;

	static final int DID_YOU_MEAN = 3;

	/** Typos are looked for only while the other rules find fewer matches than this. */
	static final int TYPOS_BELOW = 20;

	/** With this many matching titles, and enough for the page, a search looks no further. */
	static final int BROAD = 200;

	static final String SEARCH_SQL = """
			WITH q AS MATERIALIZED (
			    -- the query as titles are stored for searching, worked out once
			    SELECT search_text(:query) AS text
			),
			query_words AS MATERIALIZED (
			    -- each word typed: whether titles use it, and whether it matches as the start of a word
			    SELECT w.position, w.word, k.known,
			           length(w.word) >= 3 AND (w.position = max(w.position) OVER () OR NOT k.known) AS prefix
			    FROM q, unnest(string_to_array(q.text, ' ')) WITH ORDINALITY AS w(word, position),
			         LATERAL (SELECT EXISTS (SELECT FROM search_word s WHERE s.word = w.word) AS known) k
			    WHERE w.word <> ''
			),
			words AS MATERIALIZED (
			    SELECT to_tsquery('title_search', string_agg(quote_literal(word) || CASE WHEN prefix THEN ':*' ELSE '' END,
			                                                 ' & ' ORDER BY position)) AS every_word
			    FROM query_words
			),
			typo_words AS (
			    -- each word no title uses, with up to five known words it may be a misspelling of
			    SELECT qw.position, qw.word, qw.prefix, known.word AS correction, known.distance
			    FROM query_words qw
			    LEFT JOIN LATERAL (
			        SELECT s.word, s.word <-> qw.word AS distance FROM search_word s
			        WHERE length(qw.word) >= 4 AND NOT qw.known AND s.word % qw.word
			        ORDER BY s.word <-> qw.word
			        LIMIT 5
			    ) known ON true
			),
			typo AS (
			    SELECT to_tsquery('title_search', string_agg(alternatives, ' & ')) AS every_word,
			           coalesce(bool_or(corrects), false) AS corrects
			    FROM (SELECT '(' || quote_literal(min(word)) || CASE WHEN bool_and(prefix) THEN ':*' ELSE '' END
			                 || coalesce(' | ' || string_agg(quote_literal(correction), ' | '), '') || ')' AS alternatives,
			                 bool_or(correction IS NOT NULL) AS corrects
			          FROM typo_words
			          GROUP BY position) per_word
			),
			correction AS (
			    -- the query with each word no title uses replaced by the nearest known word, to say what was searched for
			    SELECT string_agg(coalesce(correction, word), ' ' ORDER BY position) AS text
			    FROM (SELECT DISTINCT ON (position) position, word, correction
			          FROM typo_words ORDER BY position, distance NULLS LAST) nearest
			),
			titles AS MATERIALIZED (
			    -- the ranking's fields come along, so that ranking thousands of titles reads no row twice
			    SELECT o.id AS occupation_id, NULL::varchar AS alternate,
			           CASE WHEN o.search_title = q.text THEN 1
			                WHEN starts_with(o.search_title, q.text) THEN 2
			                ELSE 3 END AS tier,
			           1.0::real AS closeness, o.job_openings, o.title
			    FROM q, occupation o
			    WHERE q.text <> ''
			      AND ((o.search_title >= q.text AND o.search_title < q.text || chr(1114111)) OR o.search_words @@ (SELECT every_word FROM words))
			),
			broad AS MATERIALIZED (
			    SELECT count(*) >= greatest(:broad, :offset + :limit) AS titles_suffice
			    FROM (SELECT FROM titles LIMIT greatest(:broad, :offset + :limit)) enough
			),
			strict AS (
			    SELECT * FROM titles
			    UNION ALL
			    -- OFFSET 0 keeps this a lookup by id per alternate title, never a scan of every occupation
			    SELECT a.occupation_id, a.title, 4, 1.0, o.job_openings, o.title
			    FROM q, alternate_title a,
			         LATERAL (SELECT job_openings, title FROM occupation WHERE id = a.occupation_id OFFSET 0) o
			    WHERE NOT (SELECT titles_suffice FROM broad)
			      AND q.text <> ''
			      AND ((a.search_title >= q.text AND a.search_title < q.text || chr(1114111)) OR a.search_words @@ (SELECT every_word FROM words))
			),
			found AS (
			    SELECT * FROM strict
			    UNION ALL
			    -- typos, only while the rules above find fewer than :typosBelow matches
			    SELECT o.id, NULL, 5, word_closeness(q.text, o.search_title), o.job_openings, o.title
			    FROM q, typo t, occupation o
			    WHERE :correct
			      AND NOT EXISTS (SELECT FROM strict OFFSET :typosBelow - 1)
			      AND t.corrects
			      AND o.search_words @@ t.every_word
			    UNION ALL
			    SELECT a.occupation_id, a.title, 5, word_closeness(q.text, a.search_title), o.job_openings, o.title
			    FROM q, typo t, alternate_title a,
			         LATERAL (SELECT job_openings, title FROM occupation WHERE id = a.occupation_id OFFSET 0) o
			    WHERE :correct
			      AND NOT EXISTS (SELECT FROM strict OFFSET :typosBelow - 1)
			      AND t.corrects
			      AND a.search_words @@ t.every_word
			),
			best AS (
			    -- one row per occupation: its best tier, and in it the title itself whenever it is near enough
			    SELECT DISTINCT ON (occupation_id) *
			    FROM found
			    ORDER BY occupation_id, tier, closeness >= :closeEnough DESC, alternate NULLS FIRST, closeness DESC
			),
			results AS (
			    SELECT b.* FROM best b WHERE b.tier < 5 OR b.closeness >= :closeEnough
			),
			ranked AS (
			    SELECT r.*, count(*) OVER () AS total
			    FROM results r
			    ORDER BY r.tier, r.closeness DESC, r.job_openings DESC NULLS LAST, r.title
			    LIMIT :limit OFFSET :offset
			),
			page AS (
			    SELECT r.alternate, r.tier, false AS suggestion, r.total, (SELECT titles_suffice FROM broad) AS more,
			           CASE WHEN NOT EXISTS (SELECT FROM strict) THEN (SELECT text FROM correction) END AS corrected,
			           o.slug, o.title, o.description, o.yearly_salary
			    FROM ranked r JOIN occupation o ON o.id = r.occupation_id
			    ORDER BY r.tier, r.closeness DESC, r.job_openings DESC NULLS LAST, r.title
			),
			did_you_mean AS (
			    -- only when nothing matched: the titles nearest the whole query
			    SELECT NULL::varchar, 5, true, 0::bigint, false, NULL::text,
			           o.slug, o.title, o.description, o.yearly_salary
			    FROM q, occupation o
			    WHERE NOT EXISTS (SELECT FROM results)
			      AND o.search_title % q.text
			      AND similarity(q.text, o.search_title) >= :nearEnough
			    ORDER BY similarity(q.text, o.search_title) DESC, o.job_openings DESC NULLS LAST, o.title
			    LIMIT :didYouMean
			)
			SELECT * FROM page
			UNION ALL
			SELECT * FROM did_you_mean
			""";

	private static final String ALL = """
			SELECT NULL AS alternate, 0 AS tier, false AS suggestion, count(*) OVER () AS total, false AS more,
			       NULL AS corrected, slug, title, description, yearly_salary
			FROM occupation
			ORDER BY title
			LIMIT :limit OFFSET :offset
			""";

	private final JdbcClient jdbc;

	OccupationSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The matches on one page of results, or the titles nearest the query when none match. */
	Found search(SearchQuery query, int offset, int limit) {
		return search(query, offset, limit, false);
	}

	/** The same, with typos corrected unless {@code asTyped}. */
	Found search(SearchQuery query, int offset, int limit, boolean asTyped) {
		return search(query, offset, limit, TYPOS_BELOW, BROAD, !asTyped);
	}

	/**
	 * The best few matches, for the search box's suggestions: the same matches in the same
	 * order as the first page of results, but neither typos nor alternate titles are looked
	 * for once titles fill the list, since they would rank below it; the total is not used.
	 */
	Found suggest(SearchQuery query, int limit) {
		return search(query, 0, limit, limit, limit, true);
	}

	private Found search(SearchQuery query, int offset, int limit, int typosBelow, int broad, boolean correct) {
		return collect(this.jdbc.sql(SEARCH_SQL)
			.param("query", query.text())
			.param("correct", correct)
			.param("closeEnough", CLOSE_ENOUGH)
			.param("typosBelow", typosBelow)
			.param("nearEnough", NEAR_ENOUGH)
			.param("didYouMean", DID_YOU_MEAN)
			.param("broad", broad)
			.param("limit", limit)
			.param("offset", offset));
	}

	/**
	 * One page of the results page's results ({@link SearchPage#PAGE_SIZE} a page), the page
	 * and the API alike: every occupation by title for a blank query, the matches otherwise,
	 * with typos corrected unless {@code asTyped}.
	 */
	Found page(SearchQuery query, int page, boolean asTyped) {
		int offset = (page - 1) * SearchPage.PAGE_SIZE;
		return query.isBlank() ? all(offset, SearchPage.PAGE_SIZE)
				: search(query, offset, SearchPage.PAGE_SIZE, asTyped);
	}

	/** Every occupation, by title, one page of them. */
	Found all(int offset, int limit) {
		return collect(this.jdbc.sql(ALL).param("limit", limit).param("offset", offset));
	}

	private static Found collect(JdbcClient.StatementSpec statement) {
		List<SearchHit> hits = new ArrayList<>();
		List<SearchHit> nearest = new ArrayList<>();
		long[] total = { 0 };
		boolean[] more = { false };
		String[] corrected = { null };
		statement.query((row) -> {
			SearchHit hit = new SearchHit(row.getString("slug"), row.getString("title"), row.getString("description"),
					row.getInt("yearly_salary"), row.getString("alternate"), SearchHit.Match.ofTier(row.getInt("tier")));
			if (row.getBoolean("suggestion")) {
				nearest.add(hit);
			}
			else {
				hits.add(hit);
				total[0] = row.getLong("total");
				more[0] = row.getBoolean("more");
				corrected[0] = row.getString("corrected");
			}
		});
		return new Found(hits, total[0], more[0], nearest, corrected[0]);
	}

	/**
	 * One page of matches.
	 *
	 * @param hits the matches on the page, best first
	 * @param total how many occupations match in all, or at least (see {@code more})
	 * @param more whether more occupations may match than the total counts (a broad query)
	 * @param nearest when nothing matches, the titles nearest the query
	 * @param corrected when only typos' corrections matched, the query with its misspelt
	 * words replaced by the nearest words titles use ("recievable" gives "receivable")
	 */
	record Found(List<SearchHit> hits, long total, boolean more, List<SearchHit> nearest, String corrected) {

		/** How many pages of results there are, one at least. */
		int pages() {
			return (int) Math.max(1, (this.total + SearchPage.PAGE_SIZE - 1) / SearchPage.PAGE_SIZE);
		}

	}

}
