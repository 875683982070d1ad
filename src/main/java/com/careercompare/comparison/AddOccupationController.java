package com.careercompare.comparison;

import java.util.ArrayList;
import java.util.List;

import com.careercompare.comparison.ComparisonController.ComparisonAddress;
import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.search.OccupationTitles;
import com.careercompare.web.Paths;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Add an occupation" on a comparison page ({@code /compare/add?to=a-vs-b&occupation=...}),
 * working without JavaScript: the title typed (or chosen from the suggestions) adds a
 * column, or the form comes back with what is wrong beside the box, the text kept, and
 * the closest titles to choose from.
 */
@Controller
class AddOccupationController {

	static final int DID_YOU_MEAN = 5;

	private final OccupationCatalog catalog;

	private final OccupationTitles titles;

	AddOccupationController(OccupationCatalog catalog, OccupationTitles titles) {
		this.catalog = catalog;
		this.titles = titles;
	}

	/** An occupation offered for a title that names none: the comparison with it added. */
	record Choice(String title, String path) {
	}

	@GetMapping("/compare/add")
	String add(@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "occupation", required = false) String typed, Model model, CatalogVersion version) {
		if (!StringUtils.hasText(to)) {
			// no comparison to add to: the home page's form starts one
			return "redirect:/";
		}
		ComparisonAddress address = ComparisonAddress.resolve(to.strip(), this.catalog, version);
		if (address.moved()) {
			return "redirect:" + address.movedTo(Paths::comparison, Paths::occupation);
		}
		List<OccupationProfile> occupations = address.occupations();
		List<String> slugs = occupations.stream().map(OccupationProfile::slug).toList();
		model.addAttribute("comparisonTitle", ComparisonText.title(occupations));
		model.addAttribute("comparisonPath", Paths.comparison(slugs));
		model.addAttribute("to", String.join(Paths.VERSUS, slugs));
		model.addAttribute("typed", (typed != null) ? typed : "");
		model.addAttribute("full", slugs.size() >= Comparison.MOST);
		if (slugs.size() >= Comparison.MOST) {
			model.addAttribute("error", "This comparison has four occupations, the most a page compares. "
					+ "Remove one to add another.");
			return "comparison/add";
		}
		if (!StringUtils.hasText(typed)) {
			model.addAttribute("error", "Type the title of the occupation to add.");
			return "comparison/add";
		}
		List<OccupationSummary> all = this.catalog.summaries(version);
		OccupationTitles.Match match = this.titles.match(typed, all, DID_YOU_MEAN);
		if (match.occupation().isPresent()) {
			OccupationSummary added = match.occupation().get();
			if (slugs.contains(added.slug())) {
				model.addAttribute("error", added.title() + " is in this comparison already.");
				return "comparison/add";
			}
			return "redirect:" + with(slugs, added.slug());
		}
		List<Choice> choices = match.closest()
			.stream()
			.filter((hit) -> !slugs.contains(hit.slug()))
			.map((hit) -> new Choice(hit.title(), with(slugs, hit.slug())))
			.toList();
		model.addAttribute("error", "We have no occupation called “" + typed.strip() + "”."
				+ (choices.isEmpty() ? " Check the spelling, or search for it." : " Did you mean one of these?"));
		model.addAttribute("choices", choices);
		return "comparison/add";
	}

	private static String with(List<String> slugs, String added) {
		List<String> all = new ArrayList<>(slugs);
		all.add(added);
		return Paths.comparison(all);
	}

}
