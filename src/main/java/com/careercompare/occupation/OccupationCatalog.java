package com.careercompare.occupation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.careercompare.occupation.OccupationProfile.CategoryRef;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public pages read about occupations. Profiles come out complete and
 * immutable, each set of them in a fixed number of queries: one for the occupations
 * (with category and company), then one each for skills, responsibilities and
 * demographic shares, batched over all the occupations asked for.
 */
@Service
@Transactional(readOnly = true)
public class OccupationCatalog {

	private final OccupationRepository occupations;

	private final CategoryRepository categories;

	private final PopularComparisonRepository popularComparisons;

	OccupationCatalog(OccupationRepository occupations, CategoryRepository categories,
			PopularComparisonRepository popularComparisons) {
		this.occupations = occupations;
		this.categories = categories;
		this.popularComparisons = popularComparisons;
	}

	/** The profiles of the occupations with these slugs, by slug; unknown slugs are left out. */
	public Map<String, OccupationProfile> profiles(Collection<String> slugs) {
		Map<String, OccupationProfile> profiles = new LinkedHashMap<>();
		for (Occupation occupation : this.occupations.findAllBySlugIn(slugs)) {
			profiles.put(occupation.getSlug(), OccupationProfile.of(occupation));
		}
		return profiles;
	}

	public Optional<OccupationProfile> profile(String slug) {
		return Optional.ofNullable(profiles(List.of(slug)).get(slug));
	}

	/** Every occupation, by title. */
	public List<OccupationSummary> summaries() {
		return this.occupations.findAllSummaries();
	}

	public List<OccupationSummary> summariesInCategory(String categorySlug) {
		return this.occupations.findSummariesByCategorySlug(categorySlug);
	}

	public Optional<CategoryRef> category(String slug) {
		return this.categories.findBySlug(slug).map((category) -> new CategoryRef(category.getName(), category.getSlug()));
	}

	public List<CategoryRef> categories() {
		return this.categories.findAllByOrderByName()
			.stream()
			.map((category) -> new CategoryRef(category.getName(), category.getSlug()))
			.toList();
	}

	/** The comparisons the home page features, in order. */
	public List<OccupationPair> popularComparisons() {
		return this.popularComparisons.findAllPairs();
	}

}
