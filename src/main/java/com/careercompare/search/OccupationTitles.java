package com.careercompare.search;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Occupations by what a person typed for their title, for other features' forms: the
 * closest matches first, titles and alternate titles, with typos forgiven, as the search
 * box's suggestions find them.
 */
@Service
public class OccupationTitles {

	private final OccupationSearch search;

	OccupationTitles(OccupationSearch search) {
		this.search = search;
	}

	/** At most {@code limit} occupations closest to the typed text, best first. */
	public List<SearchHit> closest(String typed, int limit) {
		SearchQuery query = SearchQuery.of(typed);
		return query.isBlank() ? List.of() : this.search.suggest(query, limit).hits();
	}

}
