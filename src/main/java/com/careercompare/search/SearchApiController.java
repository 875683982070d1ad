package com.careercompare.search;

import java.util.List;

import com.careercompare.api.ApiException;
import com.careercompare.api.ApiPaths;
import com.careercompare.api.ApiResponses;
import com.careercompare.api.OccupationJson;
import com.careercompare.occupation.CatalogVersion;
import com.careercompare.web.Paths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search by title in the JSON API: the same matching, ranking and correction of typos as the search page. */
@RestController
@Tag(name = "Search")
class SearchApiController {

	private final OccupationSearch search;

	private final ApiResponses responses;

	SearchApiController(OccupationSearch search, ApiResponses responses) {
		this.search = search;
		this.responses = responses;
	}

	/**
	 * A page of results.
	 *
	 * @param correctedTo when only corrections of typos matched, the words searched for instead
	 */
	@Schema(name = "SearchResults")
	record Results(String query, String correctedTo, long total, int page, int pages, List<Hit> items, Links links) {
	}

	/**
	 * An occupation found.
	 *
	 * @param alternateTitle the alternate title that matched, when it was one
	 * @param match how it matched, best first: title, title-start, title-words, alternate-title, similar
	 */
	@Schema(name = "SearchHit")
	record Hit(String slug, String title, String alternateTitle, int yearlySalary,
			@Schema(allowableValues = { "listed", "title", "title-start", "title-words", "alternate-title",
					"similar" }) String match,
			OccupationJson.Links links) {

		static Hit of(SearchHit hit) {
			return new Hit(hit.slug(), hit.title(), hit.alternate(), hit.yearlySalary(),
					hit.match().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
					new OccupationJson.Links(ApiPaths.occupation(hit.slug()), Paths.occupation(hit.slug())));
		}

	}

	@Schema(name = "SearchLinks")
	record Links(String self, String prev, String next) {
	}

	@Operation(summary = "Occupations by title",
			description = "Titles and alternate titles, best match first, with typos corrected when nothing matches "
					+ "as typed; an empty query lists every occupation by title. 20 a page.")
	@GetMapping(path = ApiPaths.PREFIX + "/search", produces = MediaType.APPLICATION_JSON_VALUE)
	Results search(@Parameter(description = "The words to look for") @RequestParam(name = "q", required = false) String q,
			@Parameter(description = "The page, from 1") @RequestParam(name = "page", required = false) String page,
			CatalogVersion version, HttpServletRequest request, HttpServletResponse response) {
		SearchQuery query = SearchQuery.of(q);
		int number = 1;
		if (page != null && !page.isBlank()) {
			if (!page.strip().matches("[0-9]{1,6}") || Integer.parseInt(page.strip()) < 1) {
				throw ApiException.badRequest("'page' must be a whole number from 1; it was '" + page + "'.");
			}
			number = Integer.parseInt(page.strip());
		}
		if (this.responses.notModified(version, request, response)) {
			return null;
		}
		OccupationSearch.Found found = this.search.page(query, number, false);
		int pages = found.pages();
		return new Results(query.text(), found.corrected(), found.total(), number, pages,
				found.hits().stream().map(Hit::of).toList(),
				new Links(ApiPaths.search(query.text(), number),
						(number > 1) ? ApiPaths.search(query.text(), number - 1) : null,
						(number < pages) ? ApiPaths.search(query.text(), number + 1) : null));
	}

}
