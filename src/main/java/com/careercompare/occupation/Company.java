package com.careercompare.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An employer, named as the best paying company of one or more occupations. */
@Entity
@Table(name = "company")
class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	/** What a source page says about the company, if anything. */
	private String about;

	protected Company() {
	}

	String getName() {
		return this.name;
	}

	String getAbout() {
		return this.about;
	}

}
