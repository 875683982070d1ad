package com.careercompare.occupation.editing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.careercompare.occupation.DemographicGroups;
import com.careercompare.occupation.Field;
import com.careercompare.occupation.Fields;
import com.careercompare.occupation.OccupationStore;
import com.careercompare.occupation.OccupationStore.ImportOutcome;
import com.careercompare.occupation.OccupationStore.ImportedOccupation;
import com.careercompare.occupation.StoredOccupation;
import com.careercompare.occupation.editing.CatalogFile.Row;
import com.careercompare.occupation.editing.CatalogFile.Table;
import com.careercompare.occupation.editing.OccupationForm.ShareRow;
import com.careercompare.occupation.editing.OccupationForm.SkillRow;
import com.careercompare.text.TypedFigures;
import com.careercompare.web.Slugs;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Imports a {@code catalog.zip} in the {@link CatalogFormat}: reads and checks all of it
 * first, each occupation by the admin form's own rules ({@link OccupationForm}'s
 * constraints, {@link OccupationFormValidator}, the editor's share sums) and the file as a
 * whole by the rules between occupations (slugs and titles once each, as the catalog would
 * hold them), and compares it with the catalog: a {@link Preview}. Applying it checks it
 * again and writes all of it in one transaction, or nothing when anything is wrong or the
 * catalog changed since the preview.
 * <p>
 * A row whose slug no occupation has adds one; its slug must be the one its title gives,
 * as for any new occupation. Occupations absent from the file stay, unless removed.
 */
@Service
class CatalogImport {

	/** How many added, changed and absent occupations the preview names. */
	static final int NAMED = 100;

	/** Existing occupations are compared with the file this many at a time. */
	private static final int PART = 500;

	private final OccupationStore store;

	private final DemographicGroups groups;

	private final OccupationEditor editor;

	private final SpringValidatorAdapter constraints;

	private final OccupationFormValidator formRules = new OccupationFormValidator();

	private final ImportLimits limits;

	CatalogImport(OccupationStore store, DemographicGroups groups, OccupationEditor editor,
			jakarta.validation.Validator validator, ImportLimits limits) {
		this.store = store;
		this.groups = groups;
		this.editor = editor;
		this.constraints = new SpringValidatorAdapter(validator);
		this.limits = limits;
	}

	/** An occupation of the preview that the import changes, with the facts it changes. */
	record Change(String title, String slug, List<FieldChange> facts) {
	}

	/**
	 * What importing a file would do, or why it cannot: the first {@value ImportProblems#KEPT}
	 * problems and their count; how many occupations it adds, changes and leaves as they are,
	 * the first {@value #NAMED} of each by name; and those of the catalog it does not name.
	 *
	 * @param catalogVersion the version of the catalog it was compared with
	 */
	record Preview(String fileName, long catalogVersion, int problemCount, List<ImportProblem> problems, int added,
			List<String> addedTitles, int changed, List<Change> changes, int unchanged, int absent,
			List<String> absentTitles) {

		public boolean isImportable() {
			return this.problemCount == 0;
		}

		/** Whether importing it writes anything, removing the absent occupations or not. */
		public boolean changesNothing(boolean removeAbsent) {
			return this.added == 0 && this.changed == 0 && (!removeAbsent || this.absent == 0);
		}

		public int occupations() {
			return this.added + this.changed + this.unchanged;
		}

	}

	/**
	 * What applying a file did: the outcome, or the preview that stopped it (problems, or a
	 * catalog changed since the preview the admin confirmed).
	 */
	record Applied(ImportOutcome outcome, Preview preview) {

		public boolean isDone() {
			return this.outcome != null;
		}

	}

	/** Told how far an import has got: a step, and how many of how many occupations. */
	interface Progress {

		void step(String step, int total);

		void done(int done);

		Progress NONE = new Progress() {

			@Override
			public void step(String step, int total) {
			}

			@Override
			public void done(int done) {
			}

		};

	}

	/** Reads and checks the file, and compares it with the catalog; changes nothing. */
	Preview check(Path file, String fileName, Progress progress) {
		return read(file, fileName, progress).preview();
	}

	/**
	 * Checks the file again and, if it is as the confirmed preview said, imports all of it in
	 * one transaction, put down to {@code by}.
	 *
	 * @param confirmedVersion the catalog version of the preview the admin confirmed
	 */
	Applied apply(Path file, String fileName, boolean removeAbsent, long confirmedVersion, String by,
			Progress progress) {
		Read read = read(file, fileName, progress);
		Preview preview = read.preview();
		if (!preview.isImportable() || preview.catalogVersion() != confirmedVersion) {
			return new Applied(null, preview);
		}
		progress.step("Saving", read.occupations().size());
		try {
			ImportOutcome outcome = this.store.importAll(read.occupations(), removeAbsent, preview.catalogVersion(), by,
					"Import of " + fileName, progress::done);
			return new Applied(outcome, preview);
		}
		catch (OptimisticLockingFailureException ex) {
			return new Applied(null, read(file, fileName, Progress.NONE).preview());
		}
	}

	/** A file read and checked: the preview, and the occupations to save when it has no problems. */
	private record Read(Preview preview, List<ImportedOccupation> occupations) {
	}

	/** Where each input of one occupation's form came from in the files, by the form's path. */
	private static final class Imported {

		final String slug;

		final int line;

		final OccupationForm form;

		/** Whether the form passed its rules, so that its data can be read. */
		boolean valid;

		final Map<String, ImportProblem> places = new HashMap<>();

		/** Where each list's rows start, for problems with a list as a whole. */
		final Map<String, ImportProblem> lists = new HashMap<>();

		Imported(String slug, int line, OccupationForm form) {
			this.slug = slug;
			this.line = line;
			this.form = form;
		}

		void place(String path, String file, int line, String column) {
			this.places.put(path, new ImportProblem(file, line, column, null));
		}

		/** The place of a problem the form's rules found at this path. */
		ImportProblem at(String path, String message) {
			ImportProblem place = this.places.get(path);
			if (place == null) {
				int end = path.indexOf('[');
				place = this.lists.get((end >= 0) ? path.substring(0, end) : path);
			}
			if (place == null) {
				place = new ImportProblem(CatalogFormat.OCCUPATIONS, this.line, null, null);
			}
			return new ImportProblem(place.file(), place.line(), place.column(), message);
		}

	}

	private Read read(Path file, String fileName, Progress progress) {
		progress.step("Reading the file", 0);
		ImportProblems problems = new ImportProblems();
		long catalogVersion = this.store.catalogVersion();
		Map<String, Table> tables = CatalogFile.read(file, fileName, this.limits, problems);
		if (!problems.isEmpty()) {
			return new Read(preview(fileName, catalogVersion, problems, null), List.of());
		}
		Map<String, Imported> occupations = occupations(tables.get(CatalogFormat.OCCUPATIONS), problems);
		skills(tables.get(CatalogFormat.SKILLS), occupations, problems);
		texts(tables.get(CatalogFormat.RESPONSIBILITIES), CatalogFormat.RESPONSIBILITY, "responsibilities",
				OccupationForm::getResponsibilities, occupations, problems);
		texts(tables.get(CatalogFormat.ALTERNATE_TITLES), CatalogFormat.TITLE, "alternateTitles",
				OccupationForm::getAlternateTitles, occupations, problems);
		shares(tables.get(CatalogFormat.DEMOGRAPHIC_SHARES), occupations, problems);
		progress.step("Checking occupations", occupations.size());
		int checked = 0;
		for (Imported occupation : occupations.values()) {
			check(occupation, problems);
			progress.done(++checked);
		}
		checkCompanies(occupations.values(), tables.get(CatalogFormat.OCCUPATIONS), problems);
		progress.step("Comparing with the catalog", occupations.size());
		Comparison comparison = compare(occupations, tables.get(CatalogFormat.OCCUPATIONS), problems, progress);
		Preview preview = preview(fileName, catalogVersion, problems, comparison);
		if (!problems.isEmpty()) {
			return new Read(preview, List.of());
		}
		List<ImportedOccupation> imported = new ArrayList<>(occupations.size());
		occupations.values().forEach((occupation) -> imported.add(new ImportedOccupation(occupation.slug,
				occupation.form.data())));
		return new Read(preview, imported);
	}

	/** The rows of occupations.csv as forms, by slug, in the file's order. */
	private Map<String, Imported> occupations(Table table, ImportProblems problems) {
		Map<String, Imported> occupations = new LinkedHashMap<>();
		int slugColumn = table.column(CatalogFormat.SLUG);
		for (Row row : table.rows()) {
			String slug = row.cell(slugColumn);
			if (slug == null) {
				problems.add(table.name(), row.line(), table.columnName(CatalogFormat.SLUG),
						"Enter the occupation's slug: the last part of its address, as the export writes it.");
				continue;
			}
			Imported earlier = occupations.get(slug);
			if (earlier != null) {
				problems.add(table.name(), row.line(), table.columnName(CatalogFormat.SLUG),
						"The slug " + slug + " is on line " + earlier.line + " too. Each occupation is on one line.");
				continue;
			}
			OccupationForm form = OccupationForm.blank(this.groups.all());
			Imported occupation = new Imported(slug, row.line(), form);
			for (Field<?> field : Fields.ALL) {
				form.getValues().put(field.name(), row.cell(table.column(field.name())));
				occupation.place(OccupationFormValidator.path(field), table.name(), row.line(),
						table.columnName(field.name()));
			}
			occupations.put(slug, occupation);
		}
		return occupations;
	}

	/** A row of a list's file, once its slug and position are known to be right. */
	private record ListRow(Imported occupation, int position, Row row) {
	}

	/** The rows of a list's file by occupation, in the order of their positions. */
	private static Map<Imported, List<ListRow>> rows(Table table, boolean positioned, Map<String, Imported> occupations,
			ImportProblems problems) {
		Map<Imported, List<ListRow>> rows = new LinkedHashMap<>();
		int slugColumn = table.column(CatalogFormat.SLUG);
		int positionColumn = table.column(CatalogFormat.POSITION);
		for (Row row : table.rows()) {
			String slug = row.cell(slugColumn);
			Imported occupation = (slug != null) ? occupations.get(slug) : null;
			if (occupation == null) {
				problems.add(table.name(), row.line(), table.columnName(CatalogFormat.SLUG), (slug == null)
						? "Enter the slug of the occupation this line is about."
						: "No occupation in " + CatalogFormat.OCCUPATIONS + " has the slug " + slug + ".");
				continue;
			}
			int position = 0;
			if (positioned) {
				String text = row.cell(positionColumn);
				try {
					position = (text != null) ? Integer.parseInt(text) : 0;
				}
				catch (NumberFormatException ex) {
					position = 0;
				}
				if (position < 1) {
					problems.add(table.name(), row.line(), table.columnName(CatalogFormat.POSITION),
							"Enter the row's place in the list as a whole number: 1 for the first.");
					continue;
				}
			}
			rows.computeIfAbsent(occupation, (key) -> new ArrayList<>()).add(new ListRow(occupation, position, row));
		}
		if (positioned) {
			for (List<ListRow> list : rows.values()) {
				list.sort(Comparator.comparingInt(ListRow::position));
				for (int i = 1; i < list.size(); i++) {
					if (list.get(i).position() == list.get(i - 1).position()) {
						problems.add(table.name(), list.get(i).row().line(), table.columnName(CatalogFormat.POSITION),
								"Position " + list.get(i).position() + " of " + list.get(i).occupation().slug
										+ " is on line " + list.get(i - 1).row().line() + " too.");
					}
				}
			}
		}
		return rows;
	}

	private static void skills(Table table, Map<String, Imported> occupations, ImportProblems problems) {
		int name = table.column(CatalogFormat.SKILL);
		int share = table.column(CatalogFormat.SHARE);
		rows(table, true, occupations, problems).forEach((occupation, rows) -> {
			occupation.lists.put("skills", new ImportProblem(table.name(), rows.get(0).row().line(), null, null));
			for (ListRow row : rows) {
				int index = occupation.form.getSkills().size();
				occupation.form.getSkills().add(new SkillRow(row.row().cell(name), row.row().cell(share)));
				occupation.place("skills[" + index + "].name", table.name(), row.row().line(),
						table.columnName(CatalogFormat.SKILL));
				occupation.place("skills[" + index + "].share", table.name(), row.row().line(),
						table.columnName(CatalogFormat.SHARE));
			}
		});
	}

	private static void texts(Table table, String column, String list,
			java.util.function.Function<OccupationForm, List<String>> texts, Map<String, Imported> occupations,
			ImportProblems problems) {
		int text = table.column(column);
		rows(table, true, occupations, problems).forEach((occupation, rows) -> {
			occupation.lists.put(list, new ImportProblem(table.name(), rows.get(0).row().line(), null, null));
			for (ListRow row : rows) {
				List<String> values = texts.apply(occupation.form);
				occupation.place(list + "[" + values.size() + "]", table.name(), row.row().line(),
						table.columnName(column));
				values.add(row.row().cell(text));
			}
		});
	}

	private void shares(Table table, Map<String, Imported> occupations, ImportProblems problems) {
		int groupColumn = table.column(CatalogFormat.GROUP);
		int shareColumn = table.column(CatalogFormat.SHARE);
		Map<String, DemographicGroups.Group> byName = new HashMap<>();
		this.groups.all().forEach((group) -> byName.put(group.name().toLowerCase(Locale.ROOT), group));
		rows(table, false, occupations, problems).forEach((occupation, rows) -> {
			Map<Integer, Integer> lines = new HashMap<>();
			for (ListRow listRow : rows) {
				Row row = listRow.row();
				String name = row.cell(groupColumn);
				DemographicGroups.Group group = (name != null) ? byName.get(name.toLowerCase(Locale.ROOT)) : null;
				if (group == null) {
					problems.add(table.name(), row.line(), table.columnName(CatalogFormat.GROUP),
							((name == null) ? "Enter the group this share is for" : "There is no group \"" + name + "\"")
									+ ". The groups are: " + String.join(", ",
											this.groups.all().stream().map(DemographicGroups.Group::name).toList())
									+ ".");
					continue;
				}
				Integer earlier = lines.putIfAbsent(group.id(), row.line());
				if (earlier != null) {
					problems.add(table.name(), row.line(), table.columnName(CatalogFormat.GROUP),
							"The share of " + group.name() + " in " + occupation.slug + " is on line " + earlier
									+ " too.");
					continue;
				}
				List<ShareRow> list = group.isGender() ? occupation.form.getGender() : occupation.form.getRace();
				occupation.lists.putIfAbsent(group.list(),
						new ImportProblem(table.name(), row.line(), table.columnName(CatalogFormat.SHARE), null));
				for (int i = 0; i < list.size(); i++) {
					if (list.get(i).getGroupId() == group.id()) {
						String text = row.cell(shareColumn);
						BigDecimal pct = share(text);
						if (text != null && pct == null) {
							problems.add(table.name(), row.line(), table.columnName(CatalogFormat.SHARE),
									"Enter the share as a percentage from 0 to 100, such as 40.4.");
						}
						list.get(i).setPct(pct);
						occupation.place(group.list() + "[" + i + "].pct", table.name(), row.line(),
								table.columnName(CatalogFormat.SHARE));
					}
				}
			}
		});
	}

	private static BigDecimal share(String text) {
		if (text == null) {
			return null;
		}
		try {
			return TypedFigures.percent(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** One occupation by the admin form's rules, each problem put where its input came from. */
	private void check(Imported occupation, ImportProblems problems) {
		Errors errors = new BeanPropertyBindingResult(occupation.form, "occupationForm");
		this.constraints.validate(occupation.form, errors);
		this.formRules.validate(occupation.form, errors);
		this.editor.checkShares(occupation.form, errors);
		occupation.valid = !errors.hasErrors();
		for (FieldError error : errors.getFieldErrors()) {
			problems.add(occupation.at(error.getField(), error.getDefaultMessage()));
		}
		errors.getGlobalErrors()
			.forEach((error) -> problems.add(CatalogFormat.OCCUPATIONS, occupation.line, null, error.getDefaultMessage()));
		occupation.form.tidy();
	}

	/**
	 * A company's description is the company's, not the occupation's: two lines that name
	 * the same company must describe it the same.
	 */
	private static void checkCompanies(Iterable<Imported> occupations, Table table, ImportProblems problems) {
		Map<String, Imported> described = new HashMap<>();
		for (Imported occupation : occupations) {
			String company = occupation.form.text(Fields.BEST_PAYING_COMPANY);
			if (company == null) {
				continue;
			}
			Imported earlier = described.putIfAbsent(company.toLowerCase(Locale.ROOT), occupation);
			if (earlier != null && !Objects.equals(earlier.form.text(Fields.BEST_PAYING_COMPANY_ABOUT),
					occupation.form.text(Fields.BEST_PAYING_COMPANY_ABOUT))) {
				problems.add(table.name(), occupation.line, table.columnName(Fields.BEST_PAYING_COMPANY_ABOUT.name()),
						"Line " + earlier.line + " describes " + company
								+ " differently. A company has one description: make them the same.");
			}
		}
	}

	/** The file against the catalog: what it adds, changes and leaves, and what it does not name. */
	private record Comparison(List<Imported> added, List<Change> changes, int changed, int unchanged, int absent,
			List<String> absentTitles) {
	}

	private Comparison compare(Map<String, Imported> occupations, Table table, ImportProblems problems,
			Progress progress) {
		FormFacts facts = new FormFacts(this.groups.names());
		Map<String, Imported> byTitle = new HashMap<>();
		for (Imported occupation : occupations.values()) {
			String title = occupation.form.value(Fields.TITLE);
			if (title == null) {
				continue;
			}
			for (String key : List.of(title.toLowerCase(Locale.ROOT), "/" + Slugs.of(title))) {
				Imported earlier = byTitle.putIfAbsent(key, occupation);
				if (earlier != null) {
					problems.add(table.name(), occupation.line, table.columnName(Fields.TITLE.name()),
							"Line " + earlier.line + " has the same title, or one that gives the same address ("
									+ Slugs.of(title) + "). Each occupation needs a title of its own.");
					break;
				}
			}
		}
		List<Change> changes = new ArrayList<>();
		List<String> absentTitles = new ArrayList<>();
		Map<String, Imported> stored = new HashMap<>();
		int changed = 0;
		int unchanged = 0;
		int absent = 0;
		int compared = 0;
		String after = "";
		List<StoredOccupation> part;
		do {
			part = this.store.page(after, PART);
			for (StoredOccupation existing : part) {
				after = existing.slug();
				Imported occupation = occupations.get(existing.slug());
				if (occupation == null) {
					absent++;
					if (absentTitles.size() < NAMED) {
						absentTitles.add(existing.title());
					}
					for (String key : List.of(existing.title().toLowerCase(Locale.ROOT), "/" + existing.slug())) {
						Imported taking = byTitle.get(key);
						if (taking != null) {
							problems.add(table.name(), taking.line, table.columnName(Fields.TITLE.name()),
									"The occupation " + existing.title() + " (" + existing.slug()
											+ "), which is not in this file, has this title or address.");
							break;
						}
					}
					continue;
				}
				stored.put(existing.slug(), occupation);
				progress.done(++compared);
				if (!occupation.valid) {
					continue;
				}
				if (existing.data().equals(occupation.form.data())) {
					unchanged++;
					continue;
				}
				changed++;
				if (changes.size() < NAMED) {
					OccupationForm before = OccupationForm.of(existing.data(), this.groups.all());
					changes.add(new Change(existing.title(), existing.slug(), facts.changes(before, occupation.form)));
				}
			}
		}
		while (part.size() == PART);
		List<Imported> added = new ArrayList<>();
		for (Imported occupation : occupations.values()) {
			if (stored.containsKey(occupation.slug)) {
				continue;
			}
			added.add(occupation);
			String title = occupation.form.value(Fields.TITLE);
			if (title != null && !Slugs.of(title).equals(occupation.slug)) {
				problems.add(table.name(), occupation.line, table.columnName(CatalogFormat.SLUG),
						"No occupation has the slug " + occupation.slug + ", so this line adds one, and a new occupation's"
								+ " slug is made from its title: " + Slugs.of(title)
								+ ". Write that, or the slug of the occupation this line is meant to change.");
			}
		}
		return new Comparison(added, changes, changed, unchanged, absent, absentTitles);
	}

	private static Preview preview(String fileName, long catalogVersion, ImportProblems problems,
			Comparison comparison) {
		if (comparison == null) {
			return new Preview(fileName, catalogVersion, problems.count(), problems.first(), 0, List.of(), 0, List.of(),
					0, 0, List.of());
		}
		List<String> addedTitles = comparison.added()
			.stream()
			.limit(NAMED)
			.map((occupation) -> Objects.requireNonNullElse(occupation.form.value(Fields.TITLE), occupation.slug))
			.toList();
		return new Preview(fileName, catalogVersion, problems.count(), problems.first(), comparison.added().size(),
				addedTitles, comparison.changed(), List.copyOf(comparison.changes()), comparison.unchanged(),
				comparison.absent(), List.copyOf(comparison.absentTitles()));
	}

}
