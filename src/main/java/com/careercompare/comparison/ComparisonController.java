package com.careercompare.comparison;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationNotFoundException;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.web.HtmlView;
import com.careercompare.web.Paths;
import com.careercompare.web.Redirects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Comparison pages at {@code /compare/{a}-vs-{b}}, {@code -vs-{c}} and {@code -vs-{d}}: two
 * to four occupations, in the order of the address, with {@code ?only=differences} leaving
 * out the rows that are the same for all.
 */
@Controller
class ComparisonController {

	private static final String CSV = ".csv";

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
	ModelAndView show(@PathVariable String pair, @RequestParam(name = Paths.ONLY, required = false) String only,
			CatalogVersion version, HttpServletRequest request, HttpServletResponse response) {
		ComparisonAddress address = ComparisonAddress.resolve(pair, this.catalog, version);
		if (address.moved()) {
			return Redirects.permanent(address.movedTo(Paths::comparison, Paths::occupation));
		}
		Comparison comparison = comparison(address, version, only);
		return new ModelAndView(new HtmlView(this.shells.page(comparison, request, response)));
	}

	/** The comparison as CSV, for a spreadsheet: {@code /compare/{a}-vs-{b}.csv} ({@link ComparisonCsv}). */
	@GetMapping("/compare/{pair}.csv")
	ResponseEntity<String> csv(@PathVariable String pair, @RequestParam(name = Paths.ONLY, required = false) String only,
			CatalogVersion version) {
		ComparisonAddress address = ComparisonAddress.resolve(pair, this.catalog, version);
		if (address.moved()) {
			String to = address.movedTo((slugs) -> Paths.comparison(slugs) + CSV, Paths::occupation);
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(to)).build();
		}
		Comparison comparison = comparison(address, version, only);
		String name = String.join(Paths.VERSUS, comparison.slugs()) + CSV;
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name).build().toString())
			.body(ComparisonCsv.of(comparison));
	}

	/** The comparison of the occupations the address names; {@code only=differences} leaves out rows the same for all. */
	private Comparison comparison(ComparisonAddress address, CatalogVersion version, String only) {
		return Comparison.of(this.columns.columns(version, address.occupations()), this.columns,
				Paths.DIFFERENCES.equals(only));
	}

	/**
	 * What a comparison address names: its occupations in order, or where they are now (the
	 * address without a repeat, under current names, or an occupation's own page when only
	 * one is left).
	 */
	record ComparisonAddress(List<OccupationProfile> occupations, List<String> movedTo) {

		/** Whether the address names these occupations under another address ({@link #movedTo}). */
		boolean moved() {
			return this.movedTo != null;
		}

		/**
		 * Where the occupations are now: the comparison of {@link #movedTo} (as the caller
		 * writes its address: a page, a CSV file, the API's), or the occupation's own page's
		 * when one is left.
		 */
		String movedTo(Function<List<String>, String> comparison, Function<String, String> occupation) {
			return (this.movedTo.size() == 1) ? occupation.apply(this.movedTo.get(0)) : comparison.apply(this.movedTo);
		}

		/** More "-vs-" than this in an address is not tried every way. */
		private static final int MOST_CUTS = 16;

		static ComparisonAddress resolve(String address, OccupationCatalog catalog, CatalogVersion version) {
			List<Integer> cuts = cuts(address);
			if (cuts.isEmpty() || cuts.size() > MOST_CUTS) {
				throw new OccupationNotFoundException(address);
			}
			// the common case, in one lookup of occupations kept in memory: every "-vs-" is a cut
			List<String> finest = finest(address, cuts);
			if (finest.size() <= Comparison.MOST) {
				Map<String, OccupationProfile> known = catalog.profiles(version, finest);
				if (known.keySet().containsAll(finest)) {
					return of(finest, known);
				}
			}
			// slugs that hold "-vs-" themselves: every other way to cut the address
			List<List<String>> splits = splits(address, cuts);
			Set<String> slugs = new LinkedHashSet<>();
			splits.forEach(slugs::addAll);
			Map<String, OccupationProfile> found = catalog.profiles(version, slugs);
			for (List<String> split : splits) {
				if (found.keySet().containsAll(split)) {
					return of(split, found);
				}
			}
			// occupations renamed since: the comparison under the current names
			for (List<String> split : splits) {
				List<String> current = new ArrayList<>();
				for (String slug : split) {
					String now = found.containsKey(slug) ? slug : catalog.renamedTo(version, slug).orElse(null);
					if (now == null) {
						break;
					}
					current.add(now);
				}
				if (current.size() == split.size()) {
					return new ComparisonAddress(List.of(), List.copyOf(new LinkedHashSet<>(current)));
				}
			}
			// every "-vs-" a cut: a comparison of more occupations than a page shows?
			if (finest.size() > Comparison.MOST && catalog.profiles(version, finest).size() == finest.size()) {
				throw new TooManyOccupationsException(new LinkedHashSet<>(finest).size(),
						Paths.comparison(List.copyOf(new LinkedHashSet<>(finest)).subList(0, Comparison.MOST)));
			}
			// name the part the site does not know, so the 404 page can say what was missing
			String missing = finest.stream().filter((slug) -> !found.containsKey(slug)).findFirst().orElse(address);
			throw new OccupationNotFoundException(missing);
		}

		private static ComparisonAddress of(List<String> split, Map<String, OccupationProfile> found) {
			List<String> distinct = List.copyOf(new LinkedHashSet<>(split));
			if (distinct.size() < split.size()) {
				return new ComparisonAddress(List.of(), distinct);
			}
			return new ComparisonAddress(split.stream().map(found::get).toList(), null);
		}

		/** Where each "-vs-" starts. */
		private static List<Integer> cuts(String address) {
			List<Integer> cuts = new ArrayList<>();
			int at = address.indexOf(Paths.VERSUS);
			while (at >= 0) {
				cuts.add(at);
				at = address.indexOf(Paths.VERSUS, at + 1);
			}
			return cuts;
		}

		/**
		 * Every way to cut the address into two to four slugs at "-vs-", fewest slugs first,
		 * and for as many, the earliest cuts first.
		 */
		private static List<List<String>> splits(String address, List<Integer> cuts) {
			List<List<String>> splits = new ArrayList<>();
			for (int parts = 2; parts <= Comparison.MOST; parts++) {
				choose(address, cuts, 0, parts - 1, new ArrayList<>(), splits);
			}
			return splits;
		}

		private static void choose(String address, List<Integer> cuts, int from, int left, List<Integer> chosen,
				List<List<String>> splits) {
			if (left == 0) {
				List<String> slugs = slugs(address, chosen);
				if (slugs.stream().noneMatch(String::isEmpty)) {
					splits.add(slugs);
				}
				return;
			}
			for (int i = from; i <= cuts.size() - left; i++) {
				chosen.add(cuts.get(i));
				choose(address, cuts, i + 1, left - 1, chosen, splits);
				chosen.remove(chosen.size() - 1);
			}
		}

		private static List<String> finest(String address, List<Integer> cuts) {
			List<String> slugs = slugs(address, cuts);
			return slugs.stream().noneMatch(String::isEmpty) ? slugs : List.of(address);
		}

		private static List<String> slugs(String address, List<Integer> cuts) {
			List<String> slugs = new ArrayList<>(cuts.size() + 1);
			int start = 0;
			for (int cut : cuts) {
				if (cut < start) {
					// overlapping "-vs-" ("-vs-vs-"): not a cut here
					return List.of("");
				}
				slugs.add(address.substring(start, cut));
				start = cut + Paths.VERSUS.length();
			}
			slugs.add(address.substring(start));
			return slugs;
		}

	}

}
