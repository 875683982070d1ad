package com.careercompare.occupation;

import java.time.Instant;

/**
 * An occupation as it is saved now: where it is, the version a save over it must have
 * read, and its data.
 */
public record StoredOccupation(String slug, int version, Instant updatedAt, OccupationData data) {

	public String title() {
		return this.data.title();
	}

}
