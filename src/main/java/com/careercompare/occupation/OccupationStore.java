package com.careercompare.occupation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import com.careercompare.occupation.OccupationProfile.SkillItem;
import com.careercompare.occupation.data.Category;
import com.careercompare.occupation.data.CategoryRepository;
import com.careercompare.occupation.data.Company;
import com.careercompare.occupation.data.CompanyRepository;
import com.careercompare.occupation.data.FormerSlug;
import com.careercompare.occupation.data.FormerSlugRepository;
import com.careercompare.occupation.data.Occupation;
import com.careercompare.occupation.data.OccupationRepository;
import com.careercompare.occupation.data.PopularComparisonRepository;
import com.careercompare.occupation.data.Revision;
import com.careercompare.occupation.data.Skill;
import com.careercompare.occupation.data.SkillRepository;
import com.careercompare.occupation.data.SkillShare;
import com.careercompare.web.Slugs;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves occupations as {@link OccupationData}, for the admin pages. Each save is
 * one transaction, which Envers records with the admin who made it, and which publishes
 * {@link CatalogChanged} so that the pages show it once it commits.
 * <p>
 * A save names the version it read; a save over another version is refused with an
 * {@link OptimisticLockingFailureException}, as is one that loses a race with a save
 * committed meanwhile (JPA's {@code @Version} check), so both reach the caller the same way.
 * A name someone else added at the same moment (a skill, a company, a category) makes the
 * first attempt fail on a unique index; the second finds it.
 */
@Service
@Transactional(readOnly = true)
public class OccupationStore {

	/** An import writes this many occupations, then clears the persistence context. */
	private static final int IMPORT_PART = 200;

	private final OccupationRepository occupations;

	private final CategoryRepository categories;

	private final CompanyRepository companies;

	private final SkillRepository skills;

	private final FormerSlugRepository formerSlugs;

	private final PopularComparisonRepository popularComparisons;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	/** Names looked up (or added) one save at a time. */
	private final Names savedNames = new SavedNames();

	OccupationStore(OccupationRepository occupations, CategoryRepository categories, CompanyRepository companies,
			SkillRepository skills, FormerSlugRepository formerSlugs, PopularComparisonRepository popularComparisons,
			ApplicationEventPublisher events, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.occupations = occupations;
		this.categories = categories;
		this.companies = companies;
		this.skills = skills;
		this.formerSlugs = formerSlugs;
		this.popularComparisons = popularComparisons;
		this.events = events;
	}

	/** The outcome of a save: where the occupation is now, and whether anything changed. */
	public record Saved(String title, String slug, boolean changed) {
	}

	/** What deleting an occupation takes with it, for the confirmation page. */
	public record Deletion(String title, String slug, int comparisonPages, int popularComparisons) {
	}

	public Optional<StoredOccupation> find(String slug) {
		return this.occupations.findBySlug(slug).map(OccupationStore::stored);
	}

	/**
	 * Up to {@code size} occupations after the one at {@code afterSlug} ("" for the first),
	 * in slug order: a caller goes through the whole catalog a part at a time, in bounded
	 * memory.
	 */
	public List<StoredOccupation> page(String afterSlug, int size) {
		return this.occupations.findBySlugGreaterThanOrderBySlug(afterSlug, Limit.of(size))
			.stream()
			.map(OccupationStore::stored)
			.toList();
	}

	/** The catalog's version as committed now (the pages' own reading may lag by a notification). */
	public long catalogVersion() {
		return ((Number) this.entityManager.createNativeQuery("select version from catalog_version")
			.getSingleResult()).longValue();
	}

	/** The names of the categories there are, for the form to suggest. */
	public List<String> categoryNames() {
		return this.categories.findAllByOrderByName().stream().map(Category::getName).toList();
	}

	/**
	 * Whether another occupation than the one at {@code exceptSlug} already has this title
	 * (in any case) or the address it would give.
	 */
	public boolean isTitleTaken(String title, String exceptSlug) {
		return !this.occupations.findSlugsTakenBy(title, Slugs.of(title), (exceptSlug != null) ? exceptSlug : "")
			.isEmpty();
	}

	/** What deleting the occupation would remove, if it exists. */
	public Optional<Deletion> deletion(String slug) {
		return this.occupations.findBySlug(slug)
			.map((occupation) -> new Deletion(occupation.getTitle(), slug,
					(int) Math.max(0, this.occupations.count() - 1), this.popularComparisons.countNaming(slug)));
	}

	@Transactional
	@Retryable(includes = DataIntegrityViolationException.class, maxRetries = 1, delay = 0)
	public Saved create(OccupationData data) {
		String title = data.title();
		Occupation occupation = new Occupation(title, Slugs.of(title),
				this.savedNames.category(data.values().get(Fields.CATEGORY)));
		apply(data, occupation, this.savedNames);
		this.occupations.save(occupation);
		this.formerSlugs.deleteBySlug(occupation.getSlug());
		this.events.publishEvent(new CatalogChanged(occupation.getSlug()));
		return new Saved(title, occupation.getSlug(), true);
	}

	/**
	 * Saves data over the occupation it was read from, at the version it was read at.
	 * Nothing is written when it changes nothing. A new title moves the occupation to a new
	 * address; the old one redirects there.
	 *
	 * @throws OptimisticLockingFailureException when someone else saved the occupation since
	 * @throws OccupationNotFoundException when it was deleted meanwhile
	 */
	@Transactional
	@Retryable(includes = DataIntegrityViolationException.class, maxRetries = 1, delay = 0)
	public Saved update(String slug, int version, OccupationData data) {
		Occupation occupation = this.occupations.findBySlug(slug)
			.orElseThrow(() -> new OccupationNotFoundException(slug));
		if (occupation.getVersion() != version) {
			throw new OptimisticLockingFailureException(
					"Occupation " + slug + " is at version " + occupation.getVersion() + ", not " + version);
		}
		if (OccupationData.of(occupation).equals(data)) {
			return new Saved(occupation.getTitle(), slug, false);
		}
		String newSlug = change(occupation, data, this.savedNames);
		this.events.publishEvent(new CatalogChanged(newSlug));
		return new Saved(data.title(), newSlug, true);
	}

	/**
	 * Makes the catalog hold these occupations, in one transaction: each is added (one whose
	 * slug no occupation has), changed, or left as it is when it changes nothing; the others
	 * are deleted if {@code removeOthers}, else left as they are. It is one revision in the
	 * history, put down to {@code by} with {@code note}, and the catalog's version rises once.
	 * Checking the occupations is the caller's work; this only writes them.
	 *
	 * @param catalogVersion the version of the catalog the caller checked them against
	 * @param progress told how many occupations have been written so far
	 * @throws OptimisticLockingFailureException when the catalog is at another version
	 */
	@Transactional
	public ImportOutcome importAll(List<ImportedOccupation> imported, boolean removeOthers, long catalogVersion,
			String by, String note, IntConsumer progress) {
		Number current = (Number) this.entityManager
			.createNativeQuery("select version from catalog_version for update")
			.getSingleResult();
		if (current.longValue() != catalogVersion) {
			throw new OptimisticLockingFailureException(
					"The catalog is at version " + current + ", not " + catalogVersion);
		}
		Revision revision = AuditReaderFactory.get(this.entityManager).getCurrentRevision(Revision.class, false);
		revision.setChangedBy(by);
		revision.setNote(note);
		KnownNames names = new KnownNames();
		int added = 0;
		int changed = 0;
		int done = 0;
		for (int from = 0; from < imported.size(); from += IMPORT_PART) {
			List<ImportedOccupation> part = imported.subList(from, Math.min(imported.size(), from + IMPORT_PART));
			Map<String, Occupation> existing = new HashMap<>();
			this.occupations.findAllBySlugIn(part.stream().map(ImportedOccupation::slug).toList())
				.forEach((occupation) -> existing.put(occupation.getSlug(), occupation));
			// the new occupations' slugs are nobody's former slugs any more; one statement, before
			// any other, as a bulk statement flushes what is pending (and so ends a batch)
			List<String> newSlugs = part.stream()
				.filter((occupation) -> !existing.containsKey(occupation.slug()))
				.map((occupation) -> Slugs.of(occupation.data().title()))
				.toList();
			if (!newSlugs.isEmpty()) {
				this.formerSlugs.deleteBySlugIn(newSlugs);
			}
			for (ImportedOccupation occupation : part) {
				Occupation saved = existing.get(occupation.slug());
				if (saved == null) {
					OccupationData data = occupation.data();
					Occupation created = new Occupation(data.title(), Slugs.of(data.title()),
							names.category(data.values().get(Fields.CATEGORY)));
					apply(data, created, names);
					this.occupations.save(created);
					added++;
				}
				else if (!OccupationData.of(saved).equals(occupation.data())) {
					change(saved, occupation.data(), names);
					changed++;
				}
			}
			this.entityManager.flush();
			this.entityManager.clear();
			done += part.size();
			progress.accept(done);
		}
		int removed = 0;
		if (removeOthers) {
			Set<String> kept = new HashSet<>();
			imported.forEach((occupation) -> kept.add(occupation.slug()));
			List<String> others = this.occupations.findAllSlugs().stream().filter((slug) -> !kept.contains(slug)).toList();
			for (int from = 0; from < others.size(); from += IMPORT_PART) {
				this.occupations.findAllBySlugIn(others.subList(from, Math.min(others.size(), from + IMPORT_PART)))
					.forEach(this.occupations::delete);
				this.entityManager.flush();
				this.entityManager.clear();
			}
			removed = others.size();
		}
		if (added + changed + removed > 0) {
			this.events.publishEvent(new CatalogChanged(null));
		}
		return new ImportOutcome(added, changed, imported.size() - added - changed, removed);
	}

	/** One occupation of an import: the slug it has (or will have, when new) and its data. */
	public record ImportedOccupation(String slug, OccupationData data) {
	}

	/** What an import did. */
	public record ImportOutcome(int added, int changed, int unchanged, int removed) {
	}

	/** Deletes the occupation, its lists, its old addresses and the popular comparisons naming it. */
	@Transactional
	public boolean delete(String slug) {
		return this.occupations.findBySlug(slug).map((occupation) -> {
			this.occupations.delete(occupation);
			this.events.publishEvent(new CatalogChanged(slug));
			return true;
		}).orElse(false);
	}

	static StoredOccupation stored(Occupation occupation) {
		return new StoredOccupation(occupation.getSlug(), occupation.getVersion(), occupation.getUpdatedAt(),
				OccupationData.of(occupation));
	}

	/** Saves data over an occupation that it changes; returns the occupation's slug, new if renamed. */
	private String change(Occupation occupation, OccupationData data, Names names) {
		String slug = occupation.getSlug();
		String title = data.title();
		String newSlug = Slugs.of(title);
		occupation.rename(title, newSlug);
		occupation.setCategory(names.category(data.values().get(Fields.CATEGORY)));
		apply(data, occupation, names);
		if (!newSlug.equals(slug)) {
			this.formerSlugs.deleteBySlug(newSlug);
			this.formerSlugs.save(new FormerSlug(slug, occupation));
		}
		return newSlug;
	}

	private void apply(OccupationData data, Occupation occupation, Names names) {
		FieldValues values = data.values();
		values.applyTo(occupation);
		occupation.setBestPayingCompany(
				names.company(values.get(Fields.BEST_PAYING_COMPANY), values.get(Fields.BEST_PAYING_COMPANY_ABOUT)));
		applyShares(data.shares(), occupation.getDemographics());
		Map<String, Skill> skillsByName = names.skills(data.skills().stream().map(SkillItem::name).toList());
		replace(occupation.getSkills(), data.skills()
			.stream()
			.map((skill) -> new SkillShare(skillsByName.get(skill.name().toLowerCase(Locale.ROOT)), skill.sharePct()))
			.toList());
		replace(occupation.getResponsibilities(), data.responsibilities());
		replace(occupation.getAlternateTitles(), data.alternateTitles());
		occupation.setUpdatedAt(Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

	/** Writes only the shares that change, so that the history records no more than what did. */
	private static void applyShares(Map<Integer, BigDecimal> wanted, Map<Integer, BigDecimal> shares) {
		shares.keySet().removeIf((groupId) -> !wanted.containsKey(groupId));
		wanted.forEach((groupId, pct) -> {
			BigDecimal saved = shares.get(groupId);
			if (saved == null || saved.compareTo(pct) != 0) {
				shares.put(groupId, pct);
			}
		});
	}

	/** The categories, companies and skills that saves refer to by name, added when new. */
	private interface Names {

		Category category(String name);

		/** The company with this name (created if new), now described by this text; none for a blank name. */
		Company company(String name, String about);

		/** The skills with these names, created where there is none yet; keyed by lower-case name. */
		Map<String, Skill> skills(List<String> names);

	}

	/** Names looked up in the database for one save. */
	private final class SavedNames implements Names {

		@Override
		public Category category(String name) {
			String slug = Slugs.of(name);
			return OccupationStore.this.categories.findBySlug(slug)
				.orElseGet(() -> OccupationStore.this.categories.save(new Category(name, slug)));
		}

		@Override
		public Company company(String name, String about) {
			if (name == null) {
				return null;
			}
			Company company = OccupationStore.this.companies.findByName(name)
				.orElseGet(() -> OccupationStore.this.companies.save(new Company(name)));
			if (!Objects.equals(company.getAbout(), about)) {
				company.setAbout(about);
			}
			return company;
		}

		@Override
		public Map<String, Skill> skills(List<String> names) {
			Map<String, Skill> byName = new HashMap<>();
			if (!names.isEmpty()) {
				List<String> lowerCase = names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
				for (Skill skill : OccupationStore.this.skills.findByLowerCaseNames(lowerCase)) {
					byName.put(skill.getName().toLowerCase(Locale.ROOT), skill);
				}
			}
			for (String name : names) {
				byName.computeIfAbsent(name.toLowerCase(Locale.ROOT),
						(key) -> OccupationStore.this.skills.save(new Skill(name)));
			}
			return byName;
		}

	}

	/**
	 * Names for an import: all of them read once, by id, so that thousands of occupations
	 * cost no query each; entities are referred to by id, as the persistence context is
	 * cleared after each part of the import.
	 */
	private final class KnownNames implements Names {

		private final Map<String, Long> categories = new HashMap<>();

		private final Map<String, Long> companies = new HashMap<>();

		private final Map<Long, String> companyAbouts = new HashMap<>();

		private final Map<String, Long> skills = new HashMap<>();

		KnownNames() {
			OccupationStore.this.categories.findAllByOrderByName()
				.forEach((category) -> this.categories.put(category.getSlug(), category.getId()));
			OccupationStore.this.companies.findAll().forEach((company) -> {
				this.companies.put(company.getName().toLowerCase(Locale.ROOT), company.getId());
				this.companyAbouts.put(company.getId(), company.getAbout());
			});
			OccupationStore.this.skills.findAll()
				.forEach((skill) -> this.skills.put(skill.getName().toLowerCase(Locale.ROOT), skill.getId()));
		}

		@Override
		public Category category(String name) {
			String slug = Slugs.of(name);
			Long id = this.categories.computeIfAbsent(slug,
					(key) -> OccupationStore.this.categories.save(new Category(name, slug)).getId());
			return reference(Category.class, id);
		}

		@Override
		public Company company(String name, String about) {
			if (name == null) {
				return null;
			}
			Long id = this.companies.computeIfAbsent(name.toLowerCase(Locale.ROOT),
					(key) -> OccupationStore.this.companies.save(new Company(name)).getId());
			if (!Objects.equals(this.companyAbouts.get(id), about)) {
				OccupationStore.this.entityManager.find(Company.class, id).setAbout(about);
				this.companyAbouts.put(id, about);
			}
			return reference(Company.class, id);
		}

		@Override
		public Map<String, Skill> skills(List<String> names) {
			Map<String, Skill> byName = new HashMap<>();
			for (String name : names) {
				String key = name.toLowerCase(Locale.ROOT);
				Long id = this.skills.computeIfAbsent(key,
						(lowerCase) -> OccupationStore.this.skills.save(new Skill(name)).getId());
				byName.put(key, reference(Skill.class, id));
			}
			return byName;
		}

		private <T> T reference(Class<T> type, Long id) {
			return OccupationStore.this.entityManager.getReference(type, id);
		}

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

}
