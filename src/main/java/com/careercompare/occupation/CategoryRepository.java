package com.careercompare.occupation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CategoryRepository extends Repository<Category, Long> {

	Optional<Category> findBySlug(String slug);

	List<Category> findAllByOrderByName();

}
