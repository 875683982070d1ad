package com.careercompare.occupation.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.careercompare.occupation.DemographicGroups;
import com.careercompare.occupation.OccupationRevisions;
import com.careercompare.occupation.OccupationRevisions.Kind;

import org.springframework.stereotype.Service;

/**
 * Who changed what and when: each saved change of an occupation with every fact's value
 * before and after it, from the revisions Envers records.
 */
@Service
class OccupationHistory {

	/** The most revisions an occupation's history page shows, newest first. */
	static final int MAX_ENTRIES = 100;

	private final OccupationRevisions revisions;

	private final DemographicGroups groups;

	OccupationHistory(OccupationRevisions revisions, DemographicGroups groups) {
		this.revisions = revisions;
		this.groups = groups;
	}

	/** One revision of one occupation: who saved it, when, and each fact it changed. */
	record Entry(long revision, Instant changedAt, String changedBy, String note, Kind kind, String title,
			List<FieldChange> changes) {
	}

	/** The occupation's history, newest first, if it exists. */
	Optional<List<Entry>> of(String slug) {
		// one more than shown, so that the oldest shown has its "before"
		return this.revisions.of(slug, MAX_ENTRIES + 1).map(this::entries);
	}

	/** The latest revisions of all occupations, deletions included, newest first. */
	List<OccupationRevisions.Entry> recent(int limit) {
		return this.revisions.recent(limit);
	}

	private List<Entry> entries(List<OccupationRevisions.Entry> newestFirst) {
		List<OccupationRevisions.Entry> rows = new ArrayList<>(newestFirst);
		Collections.reverse(rows);
		FormFacts facts = new FormFacts(this.groups.names());
		List<Entry> entries = new ArrayList<>();
		OccupationForm before = null;
		for (int i = 0; i < rows.size(); i++) {
			OccupationRevisions.Entry row = rows.get(i);
			OccupationForm after = (row.data() != null) ? OccupationForm.of(row.data(), this.groups.all()) : null;
			if (rows.size() <= MAX_ENTRIES || i > 0) {
				entries.add(new Entry(row.revision(), row.changedAt(), row.changedBy(), row.note(), row.kind(), row.title(),
						facts.changes(before, after)));
			}
			before = after;
		}
		Collections.reverse(entries);
		return entries;
	}

}
