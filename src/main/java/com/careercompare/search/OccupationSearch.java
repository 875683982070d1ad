package com.careercompare.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds occupations by title in PostgreSQL, in one query per search, using the indexes
 * of {@code V4__search.sql} (pg_trgm and unaccent). Matching ignores case and accents;
 * the query's words match in any order, each as the start of a word of the title, singular
 * or plural (English stems); alternate titles match the same way; and when words are
 * misspelt, titles whose words are close in trigrams match too.
 * <p>
 * The ranking, best first:
 * <ol>
 * <li>the title, exactly;</li>
 * <li>the start of the title;</li>
 * <li>all the query's words in the title;</li>
 * <li>an alternate title, in any of those ways;</li>
 * <li>similar titles or alternate titles (typos), the closest first: each word of the query
 * is corrected against the known title words ({@code search_word}, by trigram similarity),
 * and every word must come within {@value #CLOSE_ENOUGH} trigram word similarity of the
 * title. Typos are looked for only while the rules above find fewer than
 * {@value #TYPOS_BELOW} matches.</li>
 * </ol>
 * Ties go to the occupation with more jobs, then by title. When nothing matches, the
 * titles nearest the whole query (up to {@value #DID_YOU_MEAN}, at least
 * {@value #NEAR_ENOUGH} similar) are offered instead.
 */
@Repository
class OccupationSearch {

	/** The least word similarity for a misspelt word to match (0 to 1; "recievable" comes to 0.47). */
	static final double CLOSE_ENOUGH = 0.45;

	/** The least trigram similarity of the whole query to a title for it to be offered under "Did you mean". */
	static final double NEAR_ENOUGH = 0.3;

	static final int DID_YOU_MEAN = 3;

	/** Typos are looked for only while the other rules find fewer matches than this. */
	static final int TYPOS_BELOW = 20;

	static final String SEARCH_SQL = """
			WITH typo_words AS (
			    -- each word of the query, with up to five known words it may be a misspelling of
			    SELECT q.position, q.word, known.word AS correction
			    FROM unnest(string_to_array(search_text(:query), ' ')) WITH ORDINALITY AS q(word, position)
			    LEFT JOIN LATERAL (
			        SELECT s.word FROM search_word s
			        WHERE length(q.word) >= 4 AND s.word % q.word
			        ORDER BY s.word <-> q.word
			        LIMIT 5
			    ) known ON true
			),
			typo AS (
			    SELECT to_tsquery('title_search', string_agg(alternatives, ' & ')) AS every_word,
			           to_tsquery('title_search', string_agg(alternatives, ' | ')) AS any_word
			    FROM (SELECT '(' || quote_literal(min(word)) || ':*'
			                 || coalesce(' | ' || string_agg(quote_literal(correction), ' | '), '') || ')' AS alternatives
			          FROM typo_words
			          GROUP BY position) per_word
			),
			strict AS (
			    SELECT o.id AS occupation_id, NULL::varchar AS alternate,
			           CASE WHEN search_text(o.title) = search_text(:query) THEN 1
			                WHEN search_text(o.title) LIKE search_text(:query) || '%' THEN 2
			                ELSE 3 END AS tier,
			           1.0::real AS closeness
			    FROM occupation o
			    WHERE search_text(:query) <> ''
			      AND (search_text(o.title) LIKE search_text(:query) || '%' OR title_words(o.title) @@ search_words(:query))
			    UNION ALL
			    SELECT a.occupation_id, a.title, 4, 1.0
			    FROM alternate_title a
			    WHERE search_text(:query) <> ''
			      AND (search_text(a.title) LIKE search_text(:query) || '%' OR title_words(a.title) @@ search_words(:query))
			),
			found AS (
			    SELECT * FROM strict
			    UNION ALL
			    -- typos, only while the rules above find fewer than :typosBelow matches
			    SELECT o.id, NULL, 5, word_closeness(search_text(:query), search_text(o.title))
			    FROM occupation o, typo t
			    WHERE NOT EXISTS (SELECT FROM strict OFFSET :typosBelow - 1)
			      AND title_words(o.title) @@ t.every_word
			    UNION ALL
			    SELECT a.occupation_id, a.title, 5, word_closeness(search_text(:query), search_text(a.title))
			    FROM alternate_title a, typo t
			    WHERE NOT EXISTS (SELECT FROM strict OFFSET :typosBelow - 1)
			      AND title_words(a.title) @@ t.every_word
			),
			best AS (
			    SELECT DISTINCT ON (occupation_id) occupation_id, alternate, tier, closeness
			    FROM found
			    ORDER BY occupation_id, tier, closeness DESC, alternate NULLS FIRST
			),
			results AS (
			    SELECT b.* FROM best b WHERE b.tier < 5 OR b.closeness >= :closeEnough
			),
			page AS (
			    SELECT r.*, false AS suggestion, count(*) OVER () AS total,
			           o.slug, o.title, o.description, o.yearly_salary, o.job_openings
			    FROM results r JOIN occupation o ON o.id = r.occupation_id
			    ORDER BY r.tier, r.closeness DESC, o.job_openings DESC NULLS LAST, o.title
			    LIMIT :limit OFFSET :offset
			),
			did_you_mean AS (
			    -- only when nothing matched: titles sharing any word, or a correction of one, nearest first
			    SELECT o.id, NULL::varchar, 5, 0::real, true, 0::bigint,
			           o.slug, o.title, o.description, o.yearly_salary, o.job_openings
			    FROM occupation o, typo t
			    WHERE NOT EXISTS (SELECT FROM results)
			      AND title_words(o.title) @@ t.any_word
			      AND similarity(search_text(:query), search_text(o.title)) >= :nearEnough
			    ORDER BY similarity(search_text(:query), search_text(o.title)) DESC, o.job_openings DESC NULLS LAST, o.title
			    LIMIT :didYouMean
			)
			SELECT * FROM page
			UNION ALL
			SELECT * FROM did_you_mean
			""";

	private static final String ALL = """
			SELECT NULL AS alternate, 0 AS tier, false AS suggestion, count(*) OVER () AS total,
			       slug, title, description, yearly_salary
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
		return collect(this.jdbc.sql(SEARCH_SQL)
			.param("query", query.text())
			.param("closeEnough", CLOSE_ENOUGH)
			.param("typosBelow", TYPOS_BELOW)
			.param("nearEnough", NEAR_ENOUGH)
			.param("didYouMean", DID_YOU_MEAN)
			.param("limit", limit)
			.param("offset", offset));
	}

	/** Every occupation, by title, one page of them. */
	Found all(int offset, int limit) {
		return collect(this.jdbc.sql(ALL).param("limit", limit).param("offset", offset));
	}

	private static Found collect(JdbcClient.StatementSpec statement) {
		List<SearchHit> hits = new ArrayList<>();
		List<SearchHit> nearest = new ArrayList<>();
		long[] total = { 0 };
		statement.query((row) -> {
			SearchHit hit = new SearchHit(row.getString("slug"), row.getString("title"), row.getString("description"),
					row.getInt("yearly_salary"), row.getString("alternate"), SearchHit.Match.ofTier(row.getInt("tier")));
			if (row.getBoolean("suggestion")) {
				nearest.add(hit);
			}
			else {
				hits.add(hit);
				total[0] = row.getLong("total");
			}
		});
		return new Found(hits, total[0], nearest);
	}

	/**
	 * One page of matches.
	 *
	 * @param hits the matches on the page, best first
	 * @param total how many occupations match in all
	 * @param nearest when nothing matches, the titles nearest the query
	 */
	record Found(List<SearchHit> hits, long total, List<SearchHit> nearest) {
	}

}
