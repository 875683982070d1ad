package com.careercompare.occupation.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.careercompare.occupation.OccupationSummary;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface OccupationRepository extends Repository<Occupation, Long> {

	/** The occupations with these slugs, with their category and best paying company in the same query. */
	@Query("""
			select o from Occupation o
			join fetch o.category
			left join fetch o.bestPayingCompany
			where o.slug in :slugs""")
	List<Occupation> findAllBySlugIn(Collection<String> slugs);

	@Query("""
			select new com.careercompare.occupation.OccupationSummary(
			    o.title, o.slug, o.yearlySalary, c.name, c.slug, o.updatedAt)
			from Occupation o join o.category c
			order by o.title""")
	List<OccupationSummary> findAllSummaries();

	@Query("""
			select new com.careercompare.occupation.OccupationSummary(
			    o.title, o.slug, o.yearlySalary, c.name, c.slug, o.updatedAt)
			from Occupation o join o.category c
			where c.slug = :categorySlug
			order by o.title""")
	List<OccupationSummary> findSummariesByCategorySlug(String categorySlug);

	@Query("""
			select o from Occupation o
			join fetch o.category
			left join fetch o.bestPayingCompany
			where o.slug = :slug""")
	Optional<Occupation> findBySlug(String slug);

	/** The slugs of other occupations that already have this title (in any case) or this slug. */
	@Query("""
			select o.slug from Occupation o
			where (lower(o.title) = lower(:title) or o.slug = :slug) and o.slug <> :except""")
	List<String> findSlugsTakenBy(String title, String slug, String except);

	@Query("select new com.careercompare.occupation.data.OccupationRepository$IdAndSlug(o.id, o.slug) from Occupation o where o.id in :ids")
	List<IdAndSlug> findSlugsByIdIn(Collection<Long> ids);

	/** The next occupations after this slug, in slug order, for going through all of them a part at a time. */
	List<Occupation> findBySlugGreaterThanOrderBySlug(String slug, Limit limit);

	@Query("select o.slug from Occupation o")
	List<String> findAllSlugs();

	long count();

	Occupation save(Occupation occupation);

	void delete(Occupation occupation);

	record IdAndSlug(Long id, String slug) {
	}

}
