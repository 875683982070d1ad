package com.careercompare.occupation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import com.careercompare.occupation.OccupationRepository.IdAndSlug;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what and when, read from the revisions Envers records: each saved change of
 * an occupation with every fact's value before and after it.
 */
@Service
@Transactional(readOnly = true)
public class OccupationHistory {

	/** The most revisions an occupation's history page shows, newest first. */
	static final int MAX_ENTRIES = 100;

	private final EntityManager entityManager;

	private final OccupationRepository occupations;

	private final OccupationForms forms;

	OccupationHistory(EntityManager entityManager, OccupationRepository occupations, OccupationForms forms) {
		this.entityManager = entityManager;
		this.occupations = occupations;
		this.forms = forms;
	}

	public enum Kind {

		CREATED, CHANGED, DELETED

	}

	/** One revision of one occupation: who saved it, when, and each fact it changed. */
	public record Entry(long revision, Instant changedAt, String changedBy, Kind kind, String title,
			List<FieldChange> changes) {
	}

	/** A revision of any occupation, for the list of recent changes. */
	public record RecentChange(long revision, Instant changedAt, String changedBy, Kind kind, String title,
			String currentSlug) {
	}

	/** The occupation's history, newest first, if it exists. */
	public Optional<List<Entry>> of(String slug) {
		return this.occupations.findBySlug(slug).map((occupation) -> entries(occupation.getId()));
	}

	/** The latest revisions of all occupations, deletions included, newest first. */
	public List<RecentChange> recent(int limit) {
		List<Object[]> rows = revisions(null, limit);
		List<Long> ids = rows.stream().map((row) -> ((Occupation) row[0]).getId()).distinct().toList();
		Map<Long, String> slugs = ids.isEmpty() ? Map.of()
				: this.occupations.findSlugsByIdIn(ids)
					.stream()
					.collect(Collectors.toMap(IdAndSlug::id, IdAndSlug::slug));
		List<RecentChange> changes = new ArrayList<>();
		for (Object[] row : rows) {
			Occupation occupation = (Occupation) row[0];
			Revision revision = (Revision) row[1];
			changes.add(new RecentChange(revision.getId(), revision.getChangedAt(), revision.getChangedBy(),
					kind((RevisionType) row[2]), occupation.getTitle(), slugs.get(occupation.getId())));
		}
		return changes;
	}

	/** The latest revision of an occupation, without its changes. */
	Optional<Entry> last(long occupationId) {
		return revisions(occupationId, 1).stream().findFirst().map((row) -> {
			Revision revision = (Revision) row[1];
			return new Entry(revision.getId(), revision.getChangedAt(), revision.getChangedBy(),
					kind((RevisionType) row[2]), ((Occupation) row[0]).getTitle(), List.of());
		});
	}

	private List<Entry> entries(long occupationId) {
		// one more than shown, so that the oldest shown has its "before"
		List<Object[]> rows = new ArrayList<>(revisions(occupationId, MAX_ENTRIES + 1));
		Collections.reverse(rows);
		OccupationFields fields = this.forms.fields();
		List<Entry> entries = new ArrayList<>();
		OccupationForm before = null;
		for (int i = 0; i < rows.size(); i++) {
			Object[] row = rows.get(i);
			Occupation occupation = (Occupation) row[0];
			Revision revision = (Revision) row[1];
			Kind kind = kind((RevisionType) row[2]);
			OccupationForm after = (kind == Kind.DELETED) ? null : this.forms.formOf(occupation);
			boolean shown = rows.size() <= MAX_ENTRIES || i > 0;
			if (shown) {
				entries.add(new Entry(revision.getId(), revision.getChangedAt(), revision.getChangedBy(), kind,
						occupation.getTitle(), fields.changes(before, after)));
			}
			before = after;
		}
		Collections.reverse(entries);
		return entries;
	}

	/** Rows of entity, revision and revision type, newest first; of one occupation, or of all. */
	@SuppressWarnings("unchecked")
	private List<Object[]> revisions(Long occupationId, int limit) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		var query = reader.createQuery().forRevisionsOfEntity(Occupation.class, false, true);
		if (occupationId != null) {
			query.add(AuditEntity.id().eq(occupationId));
		}
		return query.addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(limit).getResultList();
	}

	private static Kind kind(RevisionType type) {
		return switch (type) {
			case ADD -> Kind.CREATED;
			case MOD -> Kind.CHANGED;
			case DEL -> Kind.DELETED;
		};
	}

}
