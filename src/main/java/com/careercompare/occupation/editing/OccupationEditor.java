package com.careercompare.occupation.editing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.careercompare.occupation.DemographicGroups;
import com.careercompare.occupation.Fields;
import com.careercompare.occupation.OccupationNotFoundException;
import com.careercompare.occupation.OccupationRevisions;
import com.careercompare.occupation.OccupationStore;
import com.careercompare.occupation.OccupationStore.Deletion;
import com.careercompare.occupation.OccupationStore.Saved;
import com.careercompare.occupation.StoredOccupation;
import com.careercompare.occupation.editing.OccupationForm.ShareRow;
import com.careercompare.occupation.editing.OccupationForm.SkillRow;
import com.careercompare.web.Paths;
import com.careercompare.web.Slugs;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Creates, changes and deletes occupations from the admin forms, through the
 * {@link OccupationStore}. No update is lost: a form carries the version it was read at, and
 * saving it over a newer version is refused with a {@link ConflictException} that holds
 * what is saved now and who saved it.
 */
@Service
class OccupationEditor {

	private final OccupationStore store;

	private final OccupationRevisions revisions;

	private final DemographicGroups groups;

	OccupationEditor(OccupationStore store, OccupationRevisions revisions, DemographicGroups groups) {
		this.store = store;
		this.revisions = revisions;
		this.groups = groups;
	}

	/** An occupation being edited: its form as saved now, and what the page says about it. */
	record Editing(OccupationForm form, String title, String slug, Instant updatedAt) {

		public String publicPath() {
			return Paths.occupation(this.slug);
		}

	}

	/** Another admin saved the occupation after this form was read: nothing was saved. */
	static class ConflictException extends RuntimeException {

		private final Editing current;

		private final String changedBy;

		private final Instant changedAt;

		ConflictException(Editing current, String changedBy, Instant changedAt) {
			super("Saved by " + changedBy + " at " + changedAt + " meanwhile");
			this.current = current;
			this.changedBy = changedBy;
			this.changedAt = changedAt;
		}

		/** The occupation as it is saved now. */
		Editing current() {
			return this.current;
		}

		String changedBy() {
			return this.changedBy;
		}

		Instant changedAt() {
			return this.changedAt;
		}

	}

	/** Another occupation took the title (or its address) between the check and the save. */
	static class TitleTakenException extends RuntimeException {

		TitleTakenException(Throwable cause) {
			super("Title taken", cause);
		}

	}

	/** A form for a new occupation: a row for each demographic group and one blank row per list. */
	OccupationForm newForm() {
		OccupationForm form = OccupationForm.blank(this.groups.all());
		addBlankRows(form);
		return form;
	}

	/** The demographic groups' names by id, genders first, each in the pages' order. */
	Map<Integer, String> groupNames() {
		return this.groups.names();
	}

	/** Adds a blank row to each list that has none at its end, for typing a new one. */
	static void addBlankRows(OccupationForm form) {
		addBlankRow(form.getSkills(), SkillRow::isBlank, SkillRow::new);
		addBlankRow(form.getResponsibilities(), Objects::isNull, () -> null);
		addBlankRow(form.getAlternateTitles(), Objects::isNull, () -> null);
	}

	/** The occupation with this slug as its form shows it, if there is one. */
	Optional<Editing> find(String slug) {
		return this.store.find(slug).map(this::editing);
	}

	List<String> categoryNames() {
		return this.store.categoryNames();
	}

	/** The facts that differ between two forms of an occupation, in form order. */
	List<FieldChange> differences(OccupationForm before, OccupationForm after) {
		return new FormFacts(groupNames()).changes(before, after);
	}

	/**
	 * The rules that need the database: a free title, and demographic groups that exist, with
	 * shares that add up. Each is reported on the field to correct.
	 *
	 * @param editingSlug the slug of the occupation being edited, or {@code null} for a new one
	 */
	void check(OccupationForm form, String editingSlug, Errors errors) {
		String title = form.value(Fields.TITLE);
		String titlePath = OccupationFormValidator.path(Fields.TITLE);
		if (title != null && !errors.hasFieldErrors(titlePath) && this.store.isTitleTaken(title, editingSlug)) {
			errors.rejectValue(titlePath, "taken", "Another occupation is already called this, or has the address "
					+ Paths.occupation(Slugs.of(title)) + ". Choose another title.");
		}
		checkShares(form, errors);
	}

	/** Demographic groups that exist, each once, with shares that add up. */
	void checkShares(OccupationForm form, Errors errors) {
		checkShares(form.getGender(), DemographicGroups.GENDER, errors);
		checkShares(form.getRace(), DemographicGroups.RACE, errors);
	}

	/**
	 * Shares are rounded to one decimal, each within 0.05 of the true share, so those of n
	 * groups add up to within 0.05 n of 100 (the seed's race shares of one occupation come to
	 * 100.1). All blank means unknown.
	 */
	private void checkShares(List<ShareRow> rows, String list, Errors errors) {
		Set<Integer> seen = new HashSet<>();
		for (ShareRow row : rows) {
			DemographicGroups.Group group = this.groups.get(row.getGroupId());
			if (group == null || !group.list().equals(list) || !seen.add(group.id())) {
				errors.rejectValue(list, "groups", "The " + list + " groups were not understood. Reload the page.");
				return;
			}
		}
		if (errors.hasFieldErrors(list + "*")) {
			return;
		}
		BigDecimal sum = BigDecimal.ZERO;
		int given = 0;
		for (ShareRow row : rows) {
			if (row.getPct() != null) {
				sum = sum.add(row.getPct());
				given++;
			}
		}
		BigDecimal tolerance = new BigDecimal("0.05").multiply(BigDecimal.valueOf(given));
		if (given > 0 && sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(tolerance) > 0) {
			errors.rejectValue(list, "sum", "The " + list + " shares add up to " + sum.stripTrailingZeros().toPlainString()
					+ "%. They must add up to 100% (leave them all blank if unknown).");
		}
	}

	/** Saves a new occupation from a form that passed its checks. */
	Saved create(OccupationForm form) {
		return titleChecked(() -> this.store.create(form.data()));
	}

	/**
	 * Saves a form over the occupation it was read from. Nothing is written when it changes
	 * nothing. A new title moves the occupation to a new address; the old one redirects there.
	 *
	 * @throws ConflictException when the occupation was saved by someone else since the form was read
	 * @throws OccupationNotFoundException when it was deleted meanwhile
	 */
	Saved update(String slug, OccupationForm form) {
		try {
			int version = (form.getVersion() != null) ? form.getVersion() : -1;
			return titleChecked(() -> this.store.update(slug, version, form.data()));
		}
		catch (OptimisticLockingFailureException ex) {
			throw conflict(slug);
		}
	}

	Optional<Deletion> deletion(String slug) {
		return this.store.deletion(slug);
	}

	boolean delete(String slug) {
		return this.store.delete(slug);
	}

	/** The conflict a form read before the occupation's latest save runs into: what is saved now, and by whom. */
	ConflictException conflict(String slug) {
		Editing current = find(slug).orElseThrow(() -> new OccupationNotFoundException(slug));
		Optional<OccupationRevisions.Entry> last = this.revisions.last(slug);
		return new ConflictException(current, last.map(OccupationRevisions.Entry::changedBy).orElse("someone"),
				last.map(OccupationRevisions.Entry::changedAt).orElse(current.updatedAt()));
	}

	private static Saved titleChecked(Supplier<Saved> save) {
		try {
			return save.get();
		}
		catch (DataIntegrityViolationException ex) {
			String message = String.valueOf(ex.getMostSpecificCause().getMessage());
			if (message.contains("occupation_title_key") || message.contains("occupation_slug_key")) {
				throw new TitleTakenException(ex);
			}
			throw ex;
		}
	}

	private Editing editing(StoredOccupation occupation) {
		OccupationForm form = OccupationForm.of(occupation, this.groups.all());
		addBlankRows(form);
		return new Editing(form, occupation.title(), occupation.slug(), occupation.updatedAt());
	}

	private static <T> void addBlankRow(List<T> rows, Predicate<T> isBlank, Supplier<T> blank) {
		if (rows.isEmpty() || !isBlank.test(rows.get(rows.size() - 1))) {
			rows.add(blank.get());
		}
	}

}
