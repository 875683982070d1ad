package com.careercompare.home;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationProfile.CategoryRef;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.search.OccupationTitles;
import com.careercompare.search.SearchHit;
import com.careercompare.web.Paths;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The home page: a form to compare any two occupations by title, the popular comparisons,
 * and the categories to browse. Its size does not grow with the catalog: the form's boxes
 * suggest titles as they are typed (from {@code /search/suggest}), and without JavaScript
 * the server finds the occupations the typed titles name, or offers the closest ones.
 */
@Controller
class HomeController {

	/** How many occupations a title not found offers instead. */
	static final int DID_YOU_MEAN = 5;

	private final OccupationCatalog catalog;

	private final OccupationTitles titles;

	HomeController(OccupationCatalog catalog, OccupationTitles titles) {
		this.catalog = catalog;
		this.titles = titles;
	}

	/** A category to browse, with how many occupations it has. */
	record CategoryCount(String name, String slug, long occupations) {

		public String path() {
			return Paths.category(this.slug);
		}

	}

	/** An occupation offered for a title that names none: the form again with it chosen. */
	record Choice(String title, String href) {
	}

	@GetMapping("/")
	String home(Model model, CatalogVersion version) {
		model.addAttribute("compareForm", new CompareForm());
		return render(model, version);
	}

	/**
	 * Where the form goes: on to the comparison of the two occupations named, or back to the
	 * form with what is wrong beside each box (and the closest titles to choose from).
	 * Titles are matched in any case, as are alternate titles and slugs (older links).
	 */
	@GetMapping("/compare")
	String compare(@ModelAttribute CompareForm compareForm, BindingResult result, Model model,
			CatalogVersion version) {
		List<OccupationSummary> occupations = this.catalog.summaries(version);
		Map<String, List<Choice>> didYouMean = new LinkedHashMap<>();
		Optional<OccupationSummary> first = find(compareForm, "first", "Choose the first occupation.", occupations,
				result, didYouMean);
		Optional<OccupationSummary> second = find(compareForm, "second", "Choose the second occupation.",
				occupations, result, didYouMean);
		if (first.isPresent() && second.isPresent() && first.get().slug().equals(second.get().slug())) {
			result.rejectValue("second", "same", "Choose a different occupation from the first one.");
		}
		if (result.hasErrors()) {
			model.addAttribute("formHasErrors", true);
			model.addAttribute("didYouMean", didYouMean);
			return render(model, version);
		}
		return "redirect:" + Paths.comparison(first.get().slug(), second.get().slug());
	}

	private Optional<OccupationSummary> find(CompareForm form, String field, String missing,
			List<OccupationSummary> occupations, BindingResult result, Map<String, List<Choice>> didYouMean) {
		String typed = form.get(field);
		if (!StringUtils.hasText(typed)) {
			result.rejectValue(field, "required", missing);
			return Optional.empty();
		}
		OccupationTitles.Match match = this.titles.match(typed, occupations, DID_YOU_MEAN);
		if (match.occupation().isPresent()) {
			return match.occupation();
		}
		List<SearchHit> closest = match.closest();
		if (closest.isEmpty()) {
			result.rejectValue(field, "unknown",
					"We have no occupation called “" + typed.strip() + "”. Check the spelling, or search for it.");
		}
		else {
			result.rejectValue(field, "unknown", "We have no occupation called “" + typed.strip()
					+ "”. Did you mean one of these?");
			didYouMean.put(field, closest.stream().map((hit) -> choice(form, field, hit.title())).toList());
		}
		return Optional.empty();
	}

	/** The form sent again with this title in the field, and the other field as it was. */
	private static Choice choice(CompareForm form, String field, String title) {
		String first = field.equals("first") ? title : form.getFirst();
		String second = field.equals("second") ? title : form.getSecond();
		String href = UriComponentsBuilder.fromPath("/compare")
			.queryParam("first", (first != null) ? first : "")
			.queryParam("second", (second != null) ? second : "")
			.build()
			.encode()
			.toUriString();
		return new Choice(title, href);
	}

	private String render(Model model, CatalogVersion version) {
		Map<String, Long> counts = this.catalog.summaries(version)
			.stream()
			.collect(Collectors.groupingBy(OccupationSummary::categorySlug, Collectors.counting()));
		List<CategoryRef> categories = this.catalog.categories(version);
		model.addAttribute("categories", categories.stream()
			.filter((category) -> counts.containsKey(category.slug()))
			.map((category) -> new CategoryCount(category.name(), category.slug(), counts.get(category.slug())))
			.toList());
		model.addAttribute("occupationCount", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("popularComparisons", this.catalog.popularComparisons(version));
		return "home";
	}

}
