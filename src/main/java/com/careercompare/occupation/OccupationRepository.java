package com.careercompare.occupation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OccupationRepository extends Repository<Occupation, Long> {

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

}
