package com.careercompare.occupation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.careercompare.occupation.DemographicGroup.Dimension;
import com.careercompare.occupation.OccupationForm.ShareRow;
import com.careercompare.occupation.OccupationForm.SkillRow;
import com.careercompare.web.Paths;
import com.careercompare.web.Slugs;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

/**
 * Creates, changes and deletes occupations for the admin pages. Each save is one
 * transaction, recorded by Envers with the admin who made it, and published to every
 * instance's pages by the catalog's version (see {@link CatalogVersions}).
 * <p>
 * No update is lost: a form carries the version it was read at, and saving it over a newer
 * version is refused with a {@link ConflictException} that holds what is saved now, whether
 * the other save came before this one started or while it ran.
 */
@Service
public class OccupationEditor {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private final OccupationRepository occupations;

	private final CategoryRepository categories;

	private final CompanyRepository companies;

	private final SkillRepository skills;

	private final OccupationForms forms;

	private final FormerSlugRepository formerSlugs;

	private final PopularComparisonRepository popularComparisons;

	private final OccupationHistory history;

	private final CatalogVersions versions;

	private final TransactionTemplate transactions;


	OccupationEditor(OccupationRepository occupations, CategoryRepository categories, CompanyRepository companies,
			SkillRepository skills, OccupationForms forms, FormerSlugRepository formerSlugs,
			PopularComparisonRepository popularComparisons, OccupationHistory history, CatalogVersions versions, PlatformTransactionManager transactionManager) {
		this.occupations = occupations;
		this.categories = categories;
		this.companies = companies;
		this.skills = skills;
		this.forms = forms;
		this.formerSlugs = formerSlugs;
		this.popularComparisons = popularComparisons;
		this.history = history;
		this.versions = versions;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** An occupation being edited: its form as saved now, and what the page says about it. */
	public record Editing(OccupationForm form, String title, String slug, Instant updatedAt) {

		public String publicPath() {
			return Paths.occupation(this.slug);
		}

	}

	/** The outcome of a save: where the occupation is now, and whether anything changed. */
	public record Saved(String title, String slug, boolean changed) {
	}

	/** What deleting an occupation takes with it, for the confirmation page. */
	public record Deletion(String title, String slug, int comparisonPages, int popularComparisons) {
	}

	/** Another admin saved the occupation after this form was read: nothing was saved. */
	public static class ConflictException extends RuntimeException {

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
		public Editing current() {
			return this.current;
		}

		public String changedBy() {
			return this.changedBy;
		}

		public Instant changedAt() {
			return this.changedAt;
		}

	}

	/** Another occupation took the title (or its address) between the check and the save. */
	public static class TitleTakenException extends RuntimeException {

		TitleTakenException(Throwable cause) {
			super("Title taken", cause);
		}

	}

	/** A form for a new occupation: a row for each demographic group and one blank row per list. */
	public OccupationForm newForm() {
		OccupationForm form = this.forms.newForm();
		addBlankRows(form);
		return form;
	}

	/** The demographic groups' names by id, genders first, each in the pages' order. */
	public Map<Integer, String> groupNames() {
		return this.forms.groups().names();
	}

	/** Adds a blank row to each list that has none at its end, for typing a new one. */
	public static void addBlankRows(OccupationForm form) {
		addBlankRow(form.getSkills(), SkillRow::isBlank, SkillRow::new);
		addBlankRow(form.getResponsibilities(), Objects::isNull, () -> null);
		addBlankRow(form.getAlternateTitles(), Objects::isNull, () -> null);
	}

	/** The occupation with this slug as its form shows it, if there is one. */
	public Optional<Editing> find(String slug) {
		return this.transactions.execute((status) -> this.occupations.findBySlug(slug).map(this::editing));
	}

	/** The names of the categories there are, for the form to suggest. */
	public List<String> categoryNames() {
		return this.transactions
			.execute((status) -> this.categories.findAllByOrderByName().stream().map(Category::getName).toList());
	}

	/** The facts that differ between two forms of an occupation, in form order. */
	public List<FieldChange> differences(OccupationForm before, OccupationForm after) {
		return this.forms.fields().changes(before, after);
	}

	/**
	 * The rules that span several fields, and those that need the database (a free title).
	 * Each is reported on the field to correct. Tidies the text as saving will (runs of
	 * spaces in names become one), but keeps every row where it is, so errors found earlier
	 * stay beside the right row.
	 *
	 * @param editingSlug the slug of the occupation being edited, or {@code null} for a new one
	 */
	public void check(OccupationForm form, String editingSlug, Errors errors) {
		tidy(form);
		checkTitle(form, editingSlug, errors);
		if (form.getCategory() != null && Slugs.of(form.getCategory()).isEmpty()) {
			errors.rejectValue("category", "letters", "The category needs at least one letter or digit.");
		}
		checkPair(form.getMonthsToBecomeMin(), form.getMonthsToBecomeMax(), "monthsToBecomeMin", "monthsToBecomeMax",
				"Enter both the shortest and the longest time, or neither.",
				"The longest time must not be shorter than the shortest.", errors);
		checkPair(form.getSalaryRangeLow(), form.getSalaryRangeHigh(), "salaryRangeLow", "salaryRangeHigh",
				"Enter both ends of the salary range, or neither.", "The top of the range must not be below its bottom.",
				errors);
		Integer salary = form.getYearlySalary();
		if (salary != null && !errors.hasFieldErrors("yearlySalary")) {
			if (form.getSalaryRangeLow() != null && !errors.hasFieldErrors("salaryRangeLow")
					&& form.getSalaryRangeLow() > salary) {
				errors.rejectValue("salaryRangeLow", "aboveAverage",
						"The bottom of the range must not be above the average salary.");
			}
			if (form.getSalaryRangeHigh() != null && !errors.hasFieldErrors("salaryRangeHigh")
					&& form.getSalaryRangeHigh() < salary) {
				errors.rejectValue("salaryRangeHigh", "belowAverage",
						"The top of the range must not be below the average salary.");
			}
		}
		if (form.getMostCommonDegreePct() != null && form.getMostCommonDegree() == null) {
			errors.rejectValue("mostCommonDegree", "required", "Enter the degree this share is for.");
		}
		if (form.getBestPayingCompanyAbout() != null && form.getBestPayingCompany() == null) {
			errors.rejectValue("bestPayingCompany", "required", "Enter the company this text is about.");
		}
		checkShares(form.getGender(), "gender", "gender", Dimension.GENDER, errors);
		checkShares(form.getRace(), "race", "race", Dimension.RACE, errors);
		checkSkills(form, errors);
		checkTitles(form, errors);
	}

	private void checkTitle(OccupationForm form, String editingSlug, Errors errors) {
		String title = form.getTitle();
		if (title == null || errors.hasFieldErrors("title")) {
			return;
		}
		String slug = Slugs.of(title);
		if (slug.isEmpty()) {
			errors.rejectValue("title", "letters", "The title needs at least one letter or digit.");
			return;
		}
		List<String> taken = this.transactions.execute((status) -> this.occupations.findSlugsTakenBy(title, slug,
				(editingSlug != null) ? editingSlug : ""));
		if (!taken.isEmpty()) {
			errors.rejectValue("title", "taken", "Another occupation is already called this, or has the address "
					+ Paths.occupation(slug) + ". Choose another title.");
		}
	}

	private static void checkPair(Integer low, Integer high, String lowField, String highField, String bothOrNeither,
			String order, Errors errors) {
		if (errors.hasFieldErrors(lowField) || errors.hasFieldErrors(highField)) {
			return;
		}
		if (low == null && high != null) {
			errors.rejectValue(lowField, "pair", bothOrNeither);
		}
		else if (low != null && high == null) {
			errors.rejectValue(highField, "pair", bothOrNeither);
		}
		else if (low != null && low > high) {
			errors.rejectValue(highField, "order", order);
		}
	}

	/**
	 * Shares are rounded to one decimal, each within 0.05 of the true share, so those of n
	 * groups add up to within 0.05 n of 100 (the seed's race shares of one occupation come to
	 * 100.1). All blank means unknown.
	 */
	private void checkShares(List<ShareRow> rows, String field, String what, Dimension dimension, Errors errors) {
		Set<Integer> seen = new HashSet<>();
		for (ShareRow row : rows) {
			DemographicGroups.Group group = this.forms.groups().get(row.getGroupId());
			if (group == null || group.dimension() != dimension || !seen.add(group.id())) {
				errors.rejectValue(field, "groups", "The " + what + " groups were not understood. Reload the page.");
				return;
			}
		}
		if (errors.hasFieldErrors(field + "*")) {
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
			errors.rejectValue(field, "sum", "The " + what + " shares add up to " + sum.stripTrailingZeros().toPlainString()
					+ "%. They must add up to 100% (leave them all blank if unknown).");
		}
	}

	private static void checkSkills(OccupationForm form, Errors errors) {
		Set<String> names = new HashSet<>();
		List<SkillRow> rows = form.getSkills();
		for (int i = 0; i < rows.size(); i++) {
			SkillRow row = rows.get(i);
			if (row.getName() == null) {
				if (row.getShare() != null) {
					errors.rejectValue("skills[" + i + "].name", "required", "Enter the skill this share is for.");
				}
			}
			else if (!names.add(row.getName().toLowerCase(Locale.ROOT))) {
				errors.rejectValue("skills[" + i + "].name", "twice", "This skill is listed twice.");
			}
		}
	}

	private static void checkTitles(OccupationForm form, Errors errors) {
		Set<String> titles = new HashSet<>();
		if (form.getTitle() != null) {
			titles.add(form.getTitle().toLowerCase(Locale.ROOT));
		}
		List<String> rows = form.getAlternateTitles();
		for (int i = 0; i < rows.size(); i++) {
			String title = rows.get(i);
			if (title != null && !titles.add(title.toLowerCase(Locale.ROOT))) {
				errors.rejectValue("alternateTitles[" + i + "]", "twice",
						(form.getTitle() != null && title.equalsIgnoreCase(form.getTitle()))
								? "This is the occupation's own title." : "This title is listed twice.");
			}
		}
	}

	/** Saves a new occupation from a form that passed its checks. */
	public Saved create(OccupationForm form) {
		return save(() -> {
			String title = tidyName(form.getTitle());
			Occupation occupation = new Occupation(title, Slugs.of(title), category(form.getCategory()));
			apply(form, occupation);
			this.occupations.save(occupation);
			this.formerSlugs.deleteBySlug(occupation.getSlug());
			return new Saved(occupation.getTitle(), occupation.getSlug(), true);
		});
	}

	/**
	 * Saves a form over the occupation it was read from. Nothing is written when it changes
	 * nothing. A new title moves the occupation to a new address; the old one redirects there.
	 *
	 * @throws ConflictException when the occupation was saved by someone else since the form was read
	 * @throws OccupationNotFoundException when it was deleted meanwhile
	 */
	public Saved update(String slug, OccupationForm form) {
		try {
			return save(() -> {
				Occupation occupation = this.occupations.findBySlug(slug)
					.orElseThrow(() -> new OccupationNotFoundException(slug));
				if (form.getVersion() == null || occupation.getVersion() != form.getVersion()) {
					throw conflict(occupation);
				}
				if (differences(this.forms.formOf(occupation), form).isEmpty()) {
					return new Saved(occupation.getTitle(), slug, false);
				}
				String title = tidyName(form.getTitle());
				String newSlug = Slugs.of(title);
				occupation.rename(title, newSlug);
				occupation.setCategory(category(form.getCategory()));
				apply(form, occupation);
				if (!newSlug.equals(slug)) {
					this.formerSlugs.deleteBySlug(newSlug);
					this.formerSlugs.save(new FormerSlug(slug, occupation));
				}
				return new Saved(title, newSlug, true);
			});
		}
		catch (OptimisticLockingFailureException ex) {
			// saved by someone else between reading and writing: report what they saved
			throw this.transactions.execute((status) -> conflict(this.occupations.findBySlug(slug)
				.orElseThrow(() -> new OccupationNotFoundException(slug))));
		}
	}

	/** What deleting the occupation would remove, if it exists. */
	public Optional<Deletion> deletion(String slug) {
		return this.transactions.execute((status) -> this.occupations.findBySlug(slug)
			.map((occupation) -> new Deletion(occupation.getTitle(), slug,
					(int) Math.max(0, this.occupations.count() - 1), this.popularComparisons.countNaming(slug))));
	}

	/** Deletes the occupation, its lists, its old addresses and the popular comparisons naming it. */
	public boolean delete(String slug) {
		Boolean deleted = this.transactions.execute((status) -> this.occupations.findBySlug(slug).map((occupation) -> {
			this.occupations.delete(occupation);
			return true;
		}).orElse(false));
		if (Boolean.TRUE.equals(deleted)) {
			this.versions.refresh();
		}
		return Boolean.TRUE.equals(deleted);
	}

	/**
	 * Runs a save in a transaction, then makes this instance's pages show it at once. A name
	 * that someone else added at the same moment (a skill, a company, a category) makes the
	 * first attempt fail on a unique index; the second finds it.
	 */
	private Saved save(Supplier<Saved> work) {
		Saved saved;
		try {
			saved = inTransaction(work);
		}
		catch (DataIntegrityViolationException ex) {
			if (isTitleTaken(ex)) {
				throw new TitleTakenException(ex);
			}
			try {
				saved = inTransaction(work);
			}
			catch (DataIntegrityViolationException again) {
				if (isTitleTaken(again)) {
					throw new TitleTakenException(again);
				}
				throw again;
			}
		}
		if (saved.changed()) {
			this.versions.refresh();
		}
		return saved;
	}

	private Saved inTransaction(Supplier<Saved> work) {
		return this.transactions.execute((status) -> work.get());
	}

	private static boolean isTitleTaken(DataIntegrityViolationException ex) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage());
		return message.contains("occupation_title_key") || message.contains("occupation_slug_key");
	}

	/** The conflict a form read before the occupation's latest save runs into: what is saved now, and by whom. */
	public ConflictException conflict(String slug) {
		return this.transactions.execute((status) -> conflict(
				this.occupations.findBySlug(slug).orElseThrow(() -> new OccupationNotFoundException(slug))));
	}

	private ConflictException conflict(Occupation occupation) {
		Optional<OccupationHistory.Entry> last = this.history.last(occupation.getId());
		return new ConflictException(editing(occupation), last.map(OccupationHistory.Entry::changedBy).orElse("someone"),
				last.map(OccupationHistory.Entry::changedAt).orElse(occupation.getUpdatedAt()));
	}

	private Editing editing(Occupation occupation) {
		OccupationForm form = this.forms.formOf(occupation);
		addBlankRows(form);
		return new Editing(form, occupation.getTitle(), occupation.getSlug(), occupation.getUpdatedAt());
	}

	/** Copies a checked form onto the occupation, blank rows left out. */
	private void apply(OccupationForm form, Occupation occupation) {
		occupation.setDescription(form.getDescription());
		occupation.setMonthsToBecome(form.getMonthsToBecomeMin(), form.getMonthsToBecomeMax());
		occupation.setPay(form.getYearlySalary(), form.getSalaryRangeLow(), form.getSalaryRangeHigh());
		occupation.setGrowthRatePct(form.getGrowthRatePct());
		occupation.setJobOpenings(form.getJobOpenings());
		occupation.setJobSatisfaction(form.getJobSatisfaction());
		occupation.setYearsOfExperience(form.getYearsOfExperience());
		occupation.setHighestPaying(form.getHighestPayingCity(), form.getHighestPayingState(),
				company(form.getBestPayingCompany(), form.getBestPayingCompanyAbout()), form.getBestPayingIndustry());
		occupation.setEducation(form.getMostCommonDegree(), form.getMostCommonDegreePct(), form.getMostCommonMajor(),
				form.getMostCommonCollege());
		occupation.setAverageAge(form.getAverageAge());
		occupation.setLgbtPct(form.getLgbtPct());
		applyShares(form, occupation.getDemographics());
		List<SkillRow> skillRows = form.getSkills().stream().filter((row) -> row.getName() != null).toList();
		Map<String, Skill> skillsByName = skills(skillRows.stream().map((row) -> tidyName(row.getName())).toList());
		replace(occupation.getSkills(), skillRows.stream()
			.map((row) -> new SkillShare(skillsByName.get(tidyName(row.getName()).toLowerCase(Locale.ROOT)), row.sharePct()))
			.toList());
		replace(occupation.getResponsibilities(),
				form.getResponsibilities().stream().filter(Objects::nonNull).toList());
		replace(occupation.getAlternateTitles(),
				form.getAlternateTitles().stream().filter(Objects::nonNull).map(OccupationEditor::tidyName).toList());
		occupation.setUpdatedAt(Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

	private static void applyShares(OccupationForm form, Map<Integer, BigDecimal> shares) {
		Map<Integer, BigDecimal> wanted = new HashMap<>();
		for (ShareRow row : form.getGender()) {
			wanted.put(row.getGroupId(), row.getPct());
		}
		for (ShareRow row : form.getRace()) {
			wanted.put(row.getGroupId(), row.getPct());
		}
		wanted.forEach((groupId, pct) -> {
			BigDecimal saved = shares.get(groupId);
			if (pct == null) {
				shares.remove(groupId);
			}
			else if (saved == null || saved.compareTo(pct) != 0) {
				shares.put(groupId, pct);
			}
		});
	}

	/** The skills with these names, created where there is none yet; keyed by lower-case name. */
	private Map<String, Skill> skills(List<String> names) {
		Map<String, Skill> byName = new HashMap<>();
		List<String> lowerCase = names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
		if (!names.isEmpty()) {
			for (Skill skill : this.skills.findByLowerCaseNames(lowerCase)) {
				byName.put(skill.getName().toLowerCase(Locale.ROOT), skill);
			}
		}
		for (String name : names) {
			byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), (key) -> this.skills.save(new Skill(name)));
		}
		return byName;
	}

	private Category category(String name) {
		String tidy = tidyName(name);
		String slug = Slugs.of(tidy);
		return this.categories.findBySlug(slug).orElseGet(() -> this.categories.save(new Category(tidy, slug)));
	}

	/** The company with this name (created if new), now described by this text; none for a blank name. */
	private Company company(String name, String about) {
		if (name == null) {
			return null;
		}
		String tidy = tidyName(name);
		Company company = this.companies.findByName(tidy).orElseGet(() -> this.companies.save(new Company(tidy)));
		if (!Objects.equals(company.getAbout(), about)) {
			company.setAbout(about);
		}
		return company;
	}

	/** Names are saved with single spaces between words. */
	private static void tidy(OccupationForm form) {
		form.setTitle(tidyName(form.getTitle()));
		form.setCategory(tidyName(form.getCategory()));
		form.setBestPayingCompany(tidyName(form.getBestPayingCompany()));
		for (SkillRow row : form.getSkills()) {
			row.setName(tidyName(row.getName()));
		}
		form.getAlternateTitles().replaceAll(OccupationEditor::tidyName);
	}

	private static String tidyName(String name) {
		return (name != null) ? SPACES.matcher(name.strip()).replaceAll(" ") : null;
	}

	/** Makes the list hold these values, writing only the positions that change. */
	private static <T> void replace(List<T> list, List<T> values) {
		int common = Math.min(list.size(), values.size());
		for (int i = 0; i < common; i++) {
			if (!Objects.equals(list.get(i), values.get(i))) {
				list.set(i, values.get(i));
			}
		}
		while (list.size() > values.size()) {
			list.remove(list.size() - 1);
		}
		list.addAll(values.subList(common, values.size()));
	}

	private static <T> void addBlankRow(List<T> rows, Predicate<T> isBlank, Supplier<T> blank) {
		if (rows.isEmpty() || !isBlank.test(rows.get(rows.size() - 1))) {
			rows.add(blank.get());
		}
	}

}
