package com.careercompare.occupation.data;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface CategoryRepository extends Repository<Category, Long> {

	List<Category> findAllByOrderByName();

	Optional<Category> findBySlug(String slug);

	Category save(Category category);

}
