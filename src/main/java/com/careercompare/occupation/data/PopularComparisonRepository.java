package com.careercompare.occupation.data;

import java.util.List;

import com.careercompare.occupation.OccupationPair;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface PopularComparisonRepository extends Repository<PopularComparison, Integer> {

	@Query("""
			select new com.careercompare.occupation.OccupationPair(a.title, a.slug, b.title, b.slug)
			from PopularComparison p join p.first a join p.second b
			order by p.position""")
	List<OccupationPair> findAllPairs();

	@Query("select count(p) from PopularComparison p where p.first.slug = :slug or p.second.slug = :slug")
	int countNaming(String slug);

}
