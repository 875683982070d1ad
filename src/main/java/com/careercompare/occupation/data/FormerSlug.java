package com.careercompare.occupation.data;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An address an occupation had before it was renamed; it now redirects to the current one. */
@Entity
@Table(name = "occupation_former_slug")
public class FormerSlug {

	@Id
	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "occupation_id")
	private Occupation occupation;

	protected FormerSlug() {
	}

	public FormerSlug(String slug, Occupation occupation) {
		this.slug = slug;
		this.occupation = occupation;
	}

}
