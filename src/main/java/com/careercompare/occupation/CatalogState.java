package com.careercompare.occupation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The one row of {@code catalog_version}, kept by database triggers and only ever read here. */
@Entity
@Immutable
@Table(name = "catalog_version")
class CatalogState {

	@Id
	private boolean singleton;

	@Column(name = "version")
	private long number;

	private Instant changedAt;

	protected CatalogState() {
	}

}
