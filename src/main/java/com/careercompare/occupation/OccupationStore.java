package com.careercompare.occupation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
import com.careercompare.occupation.data.Skill;
import com.careercompare.occupation.data.SkillRepository;
import com.careercompare.occupation.data.SkillShare;
import com.careercompare.web.Slugs;

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

	private final OccupationRepository occupations;

	private final CategoryRepository categories;

	private final CompanyRepository companies;

	private final SkillRepository skills;

	private final FormerSlugRepository formerSlugs;

	private final PopularComparisonRepository popularComparisons;

	private final ApplicationEventPublisher events;

	OccupationStore(OccupationRepository occupations, CategoryRepository categories, CompanyRepository companies,
			SkillRepository skills, FormerSlugRepository formerSlugs, PopularComparisonRepository popularComparisons,
			ApplicationEventPublisher events) {
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
		Occupation occupation = new Occupation(title, Slugs.of(title), category(data.values().get(Fields.CATEGORY)));
		apply(data, occupation);
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
		String title = data.title();
		String newSlug = Slugs.of(title);
		occupation.rename(title, newSlug);
		occupation.setCategory(category(data.values().get(Fields.CATEGORY)));
		apply(data, occupation);
		if (!newSlug.equals(slug)) {
			this.formerSlugs.deleteBySlug(newSlug);
			this.formerSlugs.save(new FormerSlug(slug, occupation));
		}
		this.events.publishEvent(new CatalogChanged(newSlug));
		return new Saved(title, newSlug, true);
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

	private void apply(OccupationData data, Occupation occupation) {
		FieldValues values = data.values();
		values.applyTo(occupation);
		occupation.setBestPayingCompany(
				company(values.get(Fields.BEST_PAYING_COMPANY), values.get(Fields.BEST_PAYING_COMPANY_ABOUT)));
		applyShares(data.shares(), occupation.getDemographics());
		Map<String, Skill> skillsByName = skills(data.skills().stream().map(SkillItem::name).toList());
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

	/** The skills with these names, created where there is none yet; keyed by lower-case name. */
	private Map<String, Skill> skills(List<String> names) {
		Map<String, Skill> byName = new HashMap<>();
		if (!names.isEmpty()) {
			List<String> lowerCase = names.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList();
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
		String slug = Slugs.of(name);
		return this.categories.findBySlug(slug).orElseGet(() -> this.categories.save(new Category(name, slug)));
	}

	/** The company with this name (created if new), now described by this text; none for a blank name. */
	private Company company(String name, String about) {
		if (name == null) {
			return null;
		}
		Company company = this.companies.findByName(name).orElseGet(() -> this.companies.save(new Company(name)));
		if (!Objects.equals(company.getAbout(), about)) {
			company.setAbout(about);
		}
		return company;
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
