package com.careercompare.occupation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CategoryRepository extends Repository<Category, Long> {

	List<Category> findAllByOrderByName();

	Optional<Category> findBySlug(String slug);

	Category save(Category category);

}
