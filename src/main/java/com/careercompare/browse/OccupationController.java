package com.careercompare.browse;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationNotFoundException;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.web.Paths;
import com.careercompare.web.Redirects;
import com.careercompare.web.Site;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Occupation profiles, the list of all occupations, and category pages. Their addresses
 * are canonical by now: {@code CanonicalPathFilter} has redirected any other form.
 */
@Controller
class OccupationController {

	private static final String LIST = "/occupations";

	private static final String LETTERS = "/occupations/letter";

	private final OccupationCatalog catalog;

	private final Site site;

	OccupationController(OccupationCatalog catalog, Site site) {
		this.catalog = catalog;
		this.site = site;
	}

	@GetMapping({ "/occupations", "/occupations/page/{page}" })
	ModelAndView list(@PathVariable(required = false) String page, CatalogVersion version) {
		return list(LIST, null, page, version);
	}

	@GetMapping({ "/occupations/letter/{letter}", "/occupations/letter/{letter}/page/{page}" })
	ModelAndView letter(@PathVariable String letter, @PathVariable(required = false) String page,
			CatalogVersion version) {
		if (!letter.matches("[a-z]")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No letter " + letter);
		}
		return list(LETTERS + "/" + letter, letter, page, version);
	}

	private ModelAndView list(String base, String letter, String page, CatalogVersion version) {
		if ("1".equals(page)) {
			return Redirects.permanent(base);
		}
		ListPage list = ListPage.of(base, this.catalog.summaries(version), number(page), letter, LETTERS);
		if (list == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No page " + page + " of " + base);
		}
		return new ModelAndView("occupation/list", "list", list);
	}

	/** A page number as its address has it: 2 and on (page 1 is the list's own address). */
	private static int number(String page) {
		if (page == null) {
			return 1;
		}
		if (!page.matches("[1-9][0-9]{0,5}")) {
			return -1;
		}
		return Integer.parseInt(page);
	}

	/** A renamed occupation's old address redirects to its new one. */
	@GetMapping("/occupations/{slug}")
	ModelAndView show(@PathVariable String slug, CatalogVersion version) {
		OccupationProfile occupation = this.catalog.profile(version, slug).orElse(null);
		if (occupation == null) {
			return this.catalog.renamedTo(version, slug)
				.map((current) -> Redirects.permanent(Paths.occupation(current)))
				.orElseThrow(() -> new OccupationNotFoundException(slug));
		}
		return new ModelAndView("occupation/show", "page",
				OccupationPage.of(occupation, this.catalog.related(version, slug, OccupationPage.RELATED), this.site));
	}

	@GetMapping({ "/categories/{slug}", "/categories/{slug}/page/{page}" })
	ModelAndView category(@PathVariable String slug, @PathVariable(required = false) String page,
			CatalogVersion version) {
		OccupationProfile.CategoryRef category = this.catalog.category(version, slug)
			.orElseThrow(() -> new OccupationNotFoundException(slug));
		if ("1".equals(page)) {
			return Redirects.permanent(Paths.category(slug));
		}
		ListPage list = ListPage.of(Paths.category(slug), this.catalog.summariesInCategory(version, slug),
				number(page), null, null);
		if (list == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No page " + page + " of " + slug);
		}
		ModelAndView view = new ModelAndView("occupation/category");
		view.addObject("category", category);
		view.addObject("list", list);
		return view;
	}

}
