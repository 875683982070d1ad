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

import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	CatalogReader(OccupationRepository occupations, CategoryRepository categories,
			PopularComparisonRepository popularComparisons, FormerSlugRepository formerSlugs,
			DemographicGroups groups, JdbcClient jdbc) {
		this.groups = groups;
		this.jdbc = jdbc;
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

	/**
	 * The occupations most related to the one with this slug, most related first (see
	 * {@link OccupationCatalog#related}). Only occupations that share a skill or the
	 * category are candidates, so the query stays small in a large catalog.
	 */
	List<RelatedOccupation> related(String slug, int limit) {
		return this.jdbc.sql("""
				with me as (select id, category_id, yearly_salary from occupation where slug = :slug),
				shared as (
				    select theirs.occupation_id, count(*) as skills
				    from occupation_skill mine
				    join occupation_skill theirs on theirs.skill_id = mine.skill_id
				    where mine.occupation_id = (select id from me) and theirs.occupation_id <> mine.occupation_id
				    group by theirs.occupation_id),
				candidates as (
				    select occupation_id as id from shared
				    union
				    select o.id from occupation o join me on o.category_id = me.category_id where o.id <> me.id)
				select o.title, o.slug, coalesce(s.skills, 0) as shared_skills,
				       o.category_id = me.category_id as same_category, o.yearly_salary
				from candidates c
				join occupation o on o.id = c.id
				left join shared s on s.occupation_id = o.id
				cross join me
				order by 2 * coalesce(s.skills, 0)
				         + case when o.category_id = me.category_id then 3 else 0 end
				         + 2 * greatest(0, 1 - abs(o.yearly_salary - me.yearly_salary)::numeric / greatest(me.yearly_salary, 1)) desc,
				         o.title
				limit :limit""")
			.param("slug", slug)
			.param("limit", limit)
			.query((row, number) -> new RelatedOccupation(row.getString("title"), row.getString("slug"),
					row.getInt("shared_skills"), row.getBoolean("same_category"), row.getInt("yearly_salary")))
			.list();
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
