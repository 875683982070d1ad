package com.careercompare.occupation.data;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A comparison featured on the home page. */
@Entity
@Table(name = "popular_comparison")
public class PopularComparison {

	@Id
	private Integer position;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "first_occupation_id")
	private Occupation first;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "second_occupation_id")
	private Occupation second;

	protected PopularComparison() {
	}

}
