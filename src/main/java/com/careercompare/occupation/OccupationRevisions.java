package com.careercompare.occupation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.careercompare.occupation.data.Occupation;
import com.careercompare.occupation.data.OccupationRepository;
import com.careercompare.occupation.data.OccupationRepository.IdAndSlug;
import com.careercompare.occupation.data.Revision;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisions Envers records of occupations: who saved each, when, and the occupation's
 * data as that revision left it.
 */
@Service
@Transactional(readOnly = true)
public class OccupationRevisions {

	private final EntityManager entityManager;

	private final OccupationRepository occupations;

	OccupationRevisions(EntityManager entityManager, OccupationRepository occupations) {
		this.entityManager = entityManager;
		this.occupations = occupations;
	}

	public enum Kind {

		CREATED, CHANGED, DELETED

	}

	/**
	 * One revision of one occupation.
	 *
	 * @param note what the change was, beyond an admin's save (an import names its file); or {@code null}
	 * @param currentSlug where the occupation is now; {@code null} once deleted
	 * @param data the occupation as the revision left it; {@code null} for a deletion
	 */
	public record Entry(long revision, Instant changedAt, String changedBy, String note, Kind kind, String title,
			String currentSlug, OccupationData data) {
	}

	/** The occupation's revisions, newest first, at most this many, if the occupation exists. */
	public Optional<List<Entry>> of(String slug, int limit) {
		return this.occupations.findBySlug(slug).map((occupation) -> revisions(occupation, limit, true));
	}

	/** The latest revision of the occupation, if it exists. */
	public Optional<Entry> last(String slug) {
		return this.occupations.findBySlug(slug)
			.flatMap((occupation) -> revisions(occupation, 1, false).stream().findFirst());
	}

	/** The latest revisions of all occupations, deletions included, newest first, without their data. */
	public List<Entry> recent(int limit) {
		return revisions(null, limit, false);
	}

	/**
	 * Revisions of one occupation, or of all ({@code null}). Only the list of all needs to
	 * look up where each occupation is now; one occupation's is where it was found.
	 */
	@SuppressWarnings("unchecked")
	private List<Entry> revisions(Occupation of, int limit, boolean withData) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		var query = reader.createQuery().forRevisionsOfEntity(Occupation.class, false, true);
		if (of != null) {
			query.add(AuditEntity.id().eq(of.getId()));
		}
		List<Object[]> rows = query.addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(limit).getResultList();
		Map<Long, String> slugs = (of != null) ? Map.of(of.getId(), of.getSlug()) : currentSlugs(rows);
		List<Entry> revisions = new ArrayList<>();
		for (Object[] row : rows) {
			Occupation occupation = (Occupation) row[0];
			Revision revision = (Revision) row[1];
			Kind kind = kind((RevisionType) row[2]);
			OccupationData data = (withData && kind != Kind.DELETED) ? OccupationData.of(occupation) : null;
			revisions.add(new Entry(revision.getId(), revision.getChangedAt(), revision.getChangedBy(), revision.getNote(), kind,
					occupation.getTitle(), slugs.get(occupation.getId()), data));
		}
		return revisions;
	}

	private Map<Long, String> currentSlugs(List<Object[]> rows) {
		List<Long> ids = rows.stream().map((row) -> ((Occupation) row[0]).getId()).distinct().toList();
		return ids.isEmpty() ? Map.of()
				: this.occupations.findSlugsByIdIn(ids).stream().collect(Collectors.toMap(IdAndSlug::id, IdAndSlug::slug));
	}

	private static Kind kind(RevisionType type) {
		return switch (type) {
			case ADD -> Kind.CREATED;
			case MOD -> Kind.CHANGED;
			case DEL -> Kind.DELETED;
		};
	}

}
