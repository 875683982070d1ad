package com.careercompare.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.careercompare.occupation.OccupationSummary;

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

	/**
	 * What a typed title names: the occupation whose title (in any case, spaces run
	 * together), slug or alternate title it is, or else the closest occupations to offer.
	 *
	 * @param occupation the occupation named, if one is
	 * @param closest when none is, at most {@code limit} closest ones, best first
	 */
	public record Match(Optional<OccupationSummary> occupation, List<SearchHit> closest) {
	}

	/** The occupation of {@code occupations} that the typed text names, or the closest ones. */
	public Match match(String typed, List<OccupationSummary> occupations, int limit) {
		String wanted = typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		Optional<OccupationSummary> named = occupations.stream()
			.filter((occupation) -> occupation.title().toLowerCase(Locale.ROOT).equals(wanted)
					|| occupation.slug().equals(wanted))
			.findFirst();
		if (named.isPresent()) {
			return new Match(named, List.of());
		}
		List<SearchHit> closest = closest(typed, limit);
		Optional<String> alternate = closest.stream()
			.filter((hit) -> hit.alternate() != null && hit.alternate().toLowerCase(Locale.ROOT).equals(wanted))
			.map(SearchHit::slug)
			.findFirst();
		if (alternate.isPresent()) {
			return new Match(occupations.stream().filter((o) -> o.slug().equals(alternate.get())).findFirst(),
					List.of());
		}
		return new Match(Optional.empty(), closest);
	}

	/** At most {@code limit} occupations closest to the typed text, best first. */
	public List<SearchHit> closest(String typed, int limit) {
		SearchQuery query = SearchQuery.of(typed);
		return query.isBlank() ? List.of() : this.search.suggest(query, limit).hits();
	}

}
