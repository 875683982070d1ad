package com.careercompare.browse;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationNotFoundException;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.web.Paths;
import com.careercompare.web.Redirects;
import com.careercompare.web.Site;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Occupation profiles, the list of all occupations, and category pages. Their addresses
 * are canonical by now: {@code CanonicalPathFilter} has redirected any other form.
 */
@Controller
class OccupationController {

	private final OccupationCatalog catalog;

	private final Site site;

	OccupationController(OccupationCatalog catalog, Site site) {
		this.catalog = catalog;
		this.site = site;
	}

	@GetMapping("/occupations")
	ModelAndView list(CatalogVersion version) {
		return new ModelAndView("occupation/list", "occupations", this.catalog.summaries(version));
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
				OccupationPage.of(occupation, this.catalog.summaries(version), this.site));
	}

	@GetMapping("/categories/{slug}")
	ModelAndView category(@PathVariable String slug, CatalogVersion version) {
		OccupationProfile.CategoryRef category = this.catalog.category(version, slug)
			.orElseThrow(() -> new OccupationNotFoundException(slug));
		ModelAndView page = new ModelAndView("occupation/category");
		page.addObject("category", category);
		page.addObject("occupations", this.catalog.summariesInCategory(version, slug));
		return page;
	}

}
