package com.careercompare.comparison;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationNotFoundException;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.web.HtmlView;
import com.careercompare.web.Paths;
import com.careercompare.web.Redirects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** "X vs Y" pages at {@code /compare/{slug-a}-vs-{slug-b}}, for any two occupations in either order. */
@Controller
class ComparisonController {

	private final OccupationCatalog catalog;

	private final ComparisonColumns columns;

	private final ComparisonShells shells;

	ComparisonController(OccupationCatalog catalog, ComparisonColumns columns, ComparisonShells shells) {
		this.catalog = catalog;
		this.columns = columns;
		this.shells = shells;
	}

	/** The address is canonical by now: {@code CanonicalPathFilter} has redirected any other form. */
	@GetMapping("/compare/{pair}")
	ModelAndView show(@PathVariable String pair, CatalogVersion version, HttpServletRequest request,
			HttpServletResponse response) {
		List<String[]> splits = splits(pair);
		if (splits.isEmpty()) {
			throw new OccupationNotFoundException(pair);
		}
		Set<String> slugs = new LinkedHashSet<>();
		for (String[] split : splits) {
			slugs.add(split[0]);
			slugs.add(split[1]);
		}
		Map<String, OccupationProfile> found = this.catalog.profiles(version, slugs);
		for (String[] split : splits) {
			OccupationProfile first = found.get(split[0]);
			OccupationProfile second = found.get(split[1]);
			if (first != null && second != null) {
				if (first.slug().equals(second.slug())) {
					return Redirects.permanent(Paths.occupation(first.slug()));
				}
				Comparison comparison = Comparison.of(this.columns.column(version, first),
						this.columns.column(version, second), this.columns);
				return new ModelAndView(new HtmlView(this.shells.page(comparison, request, response)));
			}
		}
		// an occupation renamed since: the comparison under the current names
		for (String[] split : splits) {
			String first = current(split[0], found, version);
			String second = current(split[1], found, version);
			if (first != null && second != null) {
				return Redirects.permanent(first.equals(second) ? Paths.occupation(first) : Paths.comparison(first, second));
			}
		}
		// name the part the site does not know, so the 404 page can say what was missing
		String[] split = splits.get(0);
		throw new OccupationNotFoundException(found.containsKey(split[0]) ? split[1] : split[0]);
	}

	/** The slug the occupation has now: this one, or the one it was renamed to; null when unknown. */
	private String current(String slug, Map<String, OccupationProfile> found, CatalogVersion version) {
		return found.containsKey(slug) ? slug : this.catalog.renamedTo(version, slug).orElse(null);
	}

	/** Every way to cut the address into two slugs at a "-vs-"; slugs may themselves contain "-vs-". */
	private static List<String[]> splits(String pair) {
		List<String[]> splits = new ArrayList<>();
		int at = pair.indexOf(Paths.VERSUS);
		while (at > 0) {
			String second = pair.substring(at + Paths.VERSUS.length());
			if (!second.isEmpty()) {
				splits.add(new String[] { pair.substring(0, at), second });
			}
			at = pair.indexOf(Paths.VERSUS, at + 1);
		}
		return splits;
	}

}
