package com.careercompare.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group of occupations, such as "Office and administrative". */
@Entity
@Table(name = "category")
class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String slug;

	protected Category() {
	}

	Category(String name, String slug) {
		this.name = name;
		this.slug = slug;
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getSlug() {
		return this.slug;
	}

}
