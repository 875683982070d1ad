package com.careercompare.occupation.data;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface CompanyRepository extends Repository<Company, Long> {

	/** Company names are unique without regard to case. */
	@Query("select c from Company c where lower(c.name) = lower(:name)")
	Optional<Company> findByName(String name);

	List<Company> findAll();

	Company save(Company company);

}
