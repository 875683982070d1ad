package com.careercompare.search;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.web.Paths;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Search by title: the results page ({@code /search?q=}, with {@code &as-typed=true} not
 * correcting typos), which also takes two to four chosen results on to their comparison, and
 * suggestions for the search box ({@code /search/suggest?q=}).
 */
@Controller
class SearchController {

	/** Suggestions start at this many characters. */
	static final int SUGGEST_FROM = 2;

	static final int SUGGESTIONS = 8;

	/** With this parameter {@code =true}, a search takes the words as typed, without correcting typos. */
	static final String AS_TYPED = "as-typed";

	private final OccupationSearch search;

	private final OccupationCatalog catalog;

	SearchController(OccupationSearch search, OccupationCatalog catalog) {
		this.search = search;
		this.catalog = catalog;
	}

	/**
	 * One page of results. With {@code compare} (the results' checkboxes), two to four chosen
	 * occupations go on to their comparison, in the order of the results; any other choice
	 * comes back with a message and the boxes still ticked.
	 */
	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String typed,
			@RequestParam(name = "page", required = false) String pageNumber,
			@RequestParam(name = "compare", required = false) List<String> compare,
			@RequestParam(name = AS_TYPED, required = false) String asTypedParameter, Model model, CatalogVersion version) {
		boolean asTyped = "true".equals(asTypedParameter);
		SearchQuery query = SearchQuery.of(typed);
		Set<String> selected = new LinkedHashSet<>((compare != null) ? compare : List.of());
		String compareError = null;
		if (compare != null) {
			List<String> known = this.catalog.summaries(version).stream().map(OccupationSummary::slug).toList();
			selected.retainAll(known);
			if (selected.size() >= 2 && selected.size() <= Paths.MOST_COMPARED) {
				return "redirect:" + Paths.comparison(List.copyOf(selected));
			}
			compareError = (selected.size() < 2)
					? "Choose two to four occupations to compare: tick the box beside each one."
					: "Choose at most four occupations to compare; you chose " + selected.size() + ".";
		}
		int page = pageNumber(pageNumber);
		OccupationSearch.Found found = this.search.page(query, page, asTyped);
		int pages = found.pages();
		if (page > pages) {
			return "redirect:" + Paths.search(query.text(), pages);
		}
		List<String> words = query.words();
		model.addAttribute("search",
				new SearchPage(query.text(), query.shortened(),
						found.hits().stream().map((hit) -> SearchPage.Result.of(hit, words)).toList(), found.total(),
						found.more(), page, pages, found.nearest().stream().map((hit) -> SearchPage.Result.of(hit, words)).toList(),
						selected, compareError, found.corrected(), asTyped));
		// the header's search box holds the query: the page has no second one
		model.addAttribute("searchQuery", query.text());
		return "search/results";
	}

	/** Up to {@value #SUGGESTIONS} best matches for the search box, as JSON. */
	@GetMapping(path = "/search/suggest", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<List<Suggestion>> suggest(@RequestParam(name = "q", required = false) String typed) {
		SearchQuery query = SearchQuery.of(typed);
		List<Suggestion> suggestions = (query.text().length() < SUGGEST_FROM) ? List.of()
				: this.search.suggest(query, SUGGESTIONS).hits().stream().map(Suggestion::of).toList();
		// a short private lifetime: typing the same letters again needs no new request
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate())
			.body(suggestions);
	}

	/** The page asked for; anything that is not a page number means the first. */
	private static int pageNumber(String number) {
		if (number == null || !number.matches("[0-9]{1,6}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(number));
	}

	/**
	 * A suggestion for the search box.
	 *
	 * @param title the occupation's title
	 * @param path its page
	 * @param alternate the alternate title that matched, if one did
	 */
	record Suggestion(String title, String path, String alternate) {

		static Suggestion of(SearchHit hit) {
			return new Suggestion(hit.title(), hit.path(), hit.alternate());
		}

	}

}
