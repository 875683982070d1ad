package com.careercompare.search;

import java.util.List;
import java.util.Set;

import com.careercompare.search.Highlight.Part;
import com.careercompare.text.Figures;
import com.careercompare.web.Paths;

/**
 * The results page: what was searched for, one page of matches with their titles' matched
 * parts, the way to other pages, and, when nothing matched, the nearest titles.
 *
 * @param query the query as searched ({@code ""} lists every occupation)
 * @param shortened whether the query typed was cut to {@link SearchQuery#MAX_LENGTH}
 * @param results the matches on this page, best first
 * @param total how many occupations match in all, or at least
 * @param more whether more may match than the total (a broad query counts its titles only)
 * @param page this page's number, from 1
 * @param pages how many pages there are
 * @param didYouMean when nothing matched, the titles nearest the query
 * @param selected the occupations chosen for comparing
 * @param compareError why the chosen occupations could not be compared, if they could not
 * @param corrected when only corrections of typos matched, what was searched for instead
 * @param asTyped whether typos were left as typed, as asked
 */
public record SearchPage(String query, boolean shortened, List<Result> results, long total, boolean more, int page,
		int pages, List<Result> didYouMean, Set<String> selected, String compareError, String corrected,
		boolean asTyped) {

	/** Results on a page. */
	static final int PAGE_SIZE = 20;

	/** A match, with its title cut into matched and unmatched parts. */
	public record Result(SearchHit hit, List<Part> title, List<Part> alternate) {

		static Result of(SearchHit hit, List<String> words) {
			boolean highlighted = hit.match() != SearchHit.Match.SIMILAR && hit.match() != SearchHit.Match.LISTED;
			List<Part> title = highlighted && hit.alternate() == null ? Highlight.of(hit.title(), words)
					: List.of(new Part(hit.title(), false));
			List<Part> alternate = (hit.alternate() == null) ? List.of()
					: highlighted ? Highlight.of(hit.alternate(), words) : List.of(new Part(hit.alternate(), false));
			return new Result(hit, title, alternate);
		}

	}

	public boolean isListingAll() {
		return this.query.isEmpty();
	}

	/** The position in the whole list of this page's first result, from 1. */
	public long firstNumber() {
		return (long) (this.page - 1) * PAGE_SIZE + 1;
	}

	public long lastNumber() {
		return firstNumber() + this.results.size() - 1;
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

	/** This search's address for another page of results. */
	public String pagePath(int number) {
		return Paths.search(this.query, number);
	}

	/** The same search with the words as typed: "Search instead for ...". */
	public String asTypedPath() {
		return Paths.search(this.query, 1) + "&" + SearchController.AS_TYPED + "=true";
	}

	public String occupationsPath() {
		return Paths.occupations();
	}

	public String title() {
		if (isListingAll()) {
			return "All occupations";
		}
		return "Search results for \u201C" + this.query + "\u201D";
	}

	public String heading() {
		if (isListingAll()) {
			return "All occupations";
		}
		return (this.total == 0) ? "No occupations match \u201C" + this.query + "\u201D"
				: "Occupations matching \u201C" + ((this.corrected != null) ? this.corrected : this.query) + "\u201D";
	}

	/** "3 occupations", "Showing 21 to 40 of 135 occupations" or "Showing 1 to 20 of 5,000 or more occupations". */
	public String summary() {
		String count = Figures.count(this.total) + (this.more ? " or more occupations"
				: (this.total == 1) ? " occupation" : " occupations");
		return (this.pages > 1) ? "Showing " + firstNumber() + " to " + lastNumber() + " of " + count : count;
	}

}
