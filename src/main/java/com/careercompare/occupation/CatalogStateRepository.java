package com.careercompare.occupation;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CatalogStateRepository extends Repository<CatalogState, Boolean> {

	@Query("select new com.careercompare.occupation.CatalogVersion(c.number, c.changedAt) from CatalogState c")
	CatalogVersion current();

}
