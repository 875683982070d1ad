package com.careercompare.occupation;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careercompare.occupation.OccupationProfile.CategoryRef;
import com.careercompare.occupation.data.CategoryRepository;
import com.careercompare.occupation.data.FormerSlugRepository;
import com.careercompare.occupation.data.Occupation;
import com.careercompare.occupation.data.OccupationRepository;
import com.careercompare.occupation.data.PopularComparisonRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the catalog from the database for {@link OccupationCatalog}. Profiles come out
 * complete and immutable, each set of them in a fixed number of queries: one for the
 * occupations (with category and company), then one each for skills, responsibilities
 * and demographic shares, batched over all the occupations asked for.
 */
@Service
@Transactional(readOnly = true)
class CatalogReader {

	private final OccupationRepository occupations;

	private final CategoryRepository categories;

	private final PopularComparisonRepository popularComparisons;

	private final FormerSlugRepository formerSlugs;

	private final DemographicGroups groups;

	CatalogReader(OccupationRepository occupations, CategoryRepository categories,
			PopularComparisonRepository popularComparisons, FormerSlugRepository formerSlugs,
			DemographicGroups groups) {
		this.groups = groups;
		this.occupations = occupations;
		this.categories = categories;
		this.popularComparisons = popularComparisons;
		this.formerSlugs = formerSlugs;
	}

	/** The profiles of the occupations with these slugs, by slug; unknown slugs are left out. */
	Map<String, OccupationProfile> profiles(Collection<String> slugs) {
		Map<String, OccupationProfile> profiles = new LinkedHashMap<>();
		for (Occupation occupation : this.occupations.findAllBySlugIn(slugs)) {
			profiles.put(occupation.getSlug(), OccupationProfile.of(occupation, this.groups));
		}
		return profiles;
	}

	/** Every occupation, by title. */
	List<OccupationSummary> summaries() {
		return this.occupations.findAllSummaries();
	}

	List<OccupationSummary> summariesInCategory(String categorySlug) {
		return this.occupations.findSummariesByCategorySlug(categorySlug);
	}

	List<CategoryRef> categories() {
		return this.categories.findAllByOrderByName()
			.stream()
			.map((category) -> new CategoryRef(category.getName(), category.getSlug()))
			.toList();
	}

	/** The comparisons the home page features, in order. */
	List<OccupationPair> popularComparisons() {
		return this.popularComparisons.findAllPairs();
	}

	/** The current slug of each renamed occupation, by its former slugs. */
	Map<String, String> renames() {
		Map<String, String> renames = new HashMap<>();
		for (FormerSlugRepository.Rename rename : this.formerSlugs.findAllRenames()) {
			renames.put(rename.formerSlug(), rename.currentSlug());
		}
		return Map.copyOf(renames);
	}

}
