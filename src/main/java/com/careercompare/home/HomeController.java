package com.careercompare.home;

import java.util.List;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.web.Paths;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The home page: every occupation, the popular comparisons, and a form to compare any two. */
@Controller
class HomeController {

	private final OccupationCatalog catalog;

	HomeController(OccupationCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String home(Model model, CatalogVersion version) {
		model.addAttribute("compareForm", new CompareForm());
		return render(model, version, this.catalog.summaries(version));
	}

	/** Where the form goes: on to the comparison, or back to the form with what is wrong beside each field. */
	@GetMapping("/compare")
	String compare(@ModelAttribute CompareForm compareForm, BindingResult result, Model model,
			CatalogVersion version) {
		List<OccupationSummary> occupations = this.catalog.summaries(version);
		check(compareForm.getFirst(), "first", "Choose the first occupation.", occupations, result);
		check(compareForm.getSecond(), "second", "Choose the second occupation.", occupations, result);
		if (!result.hasFieldErrors("second") && compareForm.getSecond().equals(compareForm.getFirst())) {
			result.rejectValue("second", "same", "Choose a different occupation from the first one.");
		}
		if (result.hasErrors()) {
			model.addAttribute("formHasErrors", true);
			return render(model, version, occupations);
		}
		return "redirect:" + Paths.comparison(compareForm.getFirst(), compareForm.getSecond());
	}

	private static void check(String slug, String field, String missing, List<OccupationSummary> occupations,
			BindingResult result) {
		if (!StringUtils.hasText(slug)) {
			result.rejectValue(field, "required", missing);
		}
		else if (occupations.stream().noneMatch((o) -> o.slug().equals(slug))) {
			result.rejectValue(field, "unknown", "We have no such occupation. Choose one from the list.");
		}
	}

	private String render(Model model, CatalogVersion version, List<OccupationSummary> occupations) {
		model.addAttribute("occupations", occupations);
		model.addAttribute("popularComparisons", this.catalog.popularComparisons(version));
		return "home";
	}

}
