package com.careercompare.browse;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import com.careercompare.api.ApiException;
import com.careercompare.api.ApiPaths;
import com.careercompare.api.ApiResponses;
import com.careercompare.api.OccupationJson;
import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationNotFoundException;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.web.Paths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The occupations in the JSON API: the list, by title and paged, and each one with every fact. */
@RestController
@Tag(name = "Occupations")
class OccupationApiController {

	static final int DEFAULT_SIZE = 20;

	static final int MOST_SIZE = 100;

	private final OccupationCatalog catalog;

	private final ApiResponses responses;

	OccupationApiController(OccupationCatalog catalog, ApiResponses responses) {
		this.catalog = catalog;
		this.responses = responses;
	}

	/** A page of occupations, by title. */
	@Schema(name = "OccupationPage")
	record OccupationPage(List<Item> items, int page, int size, long total, int totalPages, PageLinks links) {
	}

	@Schema(name = "OccupationListItem")
	record Item(String slug, String title, OccupationJson.Category category, int yearlySalary,
			OccupationJson.Links links) {
	}

	/** The other pages of the list; null where there is none. */
	@Schema(name = "PageLinks")
	record PageLinks(String self, String first, String prev, String next, String last) {
	}

	@Operation(summary = "Every occupation, by title, a page at a time")
	@GetMapping(path = ApiPaths.PREFIX + "/occupations", produces = MediaType.APPLICATION_JSON_VALUE)
	OccupationPage list(
			@Parameter(description = "The page, from 1") @RequestParam(name = "page", required = false) String page,
			@Parameter(description = "Occupations a page, 1 to 100 (20 unless given)") @RequestParam(name = "size",
					required = false) String size,
			CatalogVersion version, HttpServletRequest request, HttpServletResponse response) {
		int number = number("page", page, 1, 1, Integer.MAX_VALUE);
		int perPage = number("size", size, DEFAULT_SIZE, 1, MOST_SIZE);
		List<OccupationSummary> all = this.catalog.summaries(version);
		int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
		if (number > pages) {
			throw ApiException.notFound("No such page", "There are " + pages + " pages of " + perPage
					+ " occupations; page " + number + " is past the last.");
		}
		if (this.responses.notModified(version, request, response)) {
			return null;
		}
		List<Item> items = all.subList((number - 1) * perPage, Math.min(all.size(), number * perPage))
			.stream()
			.map((o) -> new Item(o.slug(), o.title(), new OccupationJson.Category(o.categoryName(), o.categorySlug()),
					o.yearlySalary(), new OccupationJson.Links(ApiPaths.occupation(o.slug()), Paths.occupation(o.slug()))))
			.toList();
		PageLinks links = new PageLinks(ApiPaths.occupations(number, perPage), ApiPaths.occupations(1, perPage),
				(number > 1) ? ApiPaths.occupations(number - 1, perPage) : null,
				(number < pages) ? ApiPaths.occupations(number + 1, perPage) : null, ApiPaths.occupations(pages, perPage));
		return new OccupationPage(items, number, perPage, all.size(), pages, links);
	}

	@Operation(summary = "One occupation, with every fact",
			description = "A former slug (the occupation was renamed) answers 301 to its current address.")
	@GetMapping(path = ApiPaths.PREFIX + "/occupations/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<OccupationJson> show(@PathVariable String slug, CatalogVersion version, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<OccupationProfile> profile = this.catalog.profile(version, slug);
		if (profile.isEmpty()) {
			String now = this.catalog.renamedTo(version, slug).orElseThrow(() -> new OccupationNotFoundException(slug));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(ApiPaths.occupation(now)))
				.build();
		}
		if (this.responses.notModified(version, request, response)) {
			return null;
		}
		return ResponseEntity.ok(OccupationJson.of(profile.get()));
	}

	/** The parameter as a whole number from {@code low} to {@code high}, {@code fallback} when not given; a 400 otherwise. */
	private static int number(String name, String text, int fallback, int low, int high) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		if (!text.strip().matches("[0-9]{1,9}") || Integer.parseInt(text.strip()) < low
				|| Integer.parseInt(text.strip()) > high) {
			throw ApiException.badRequest("'" + name + "' must be a whole number from " + low
					+ ((high == Integer.MAX_VALUE) ? " up" : " to " + high) + "; it was '" + text + "'.");
		}
		return Integer.parseInt(text.strip());
	}

}
