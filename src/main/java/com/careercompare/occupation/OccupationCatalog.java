package com.careercompare.occupation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.careercompare.occupation.OccupationProfile.CategoryRef;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * What the public pages read about occupations. A page first asks for the catalog's
 * {@link #version() version}, then reads everything else for that version, from memory
 * when an earlier page already read it. A change to the catalog raises the version, so
 * the pages on every instance read the new data as soon as it is committed.
 * <p>
 * What is kept is bounded in bytes ({@code career-compare.catalog-cache.max-size}), as
 * estimated from the text it holds: the profiles asked for most stay, whatever the size of
 * the catalog.
 */
@Service
public class OccupationCatalog {

	private final CatalogReader reader;

	private final CatalogVersions versions;

	/** Profiles of the newest version seen, by slug. */
	private final Cache<String, OccupationProfile> profiles;

	/** Lists of the newest version seen (summaries, categories, renames, popular comparisons), by name. */
	private final Cache<String, Object> lists;

	private volatile long cachedVersion;

	OccupationCatalog(CatalogReader reader, CatalogVersions versions,
			@Value("${career-compare.catalog-cache.max-size}") DataSize maxSize) {
		this.reader = reader;
		this.versions = versions;
		// a quarter for the lists: the list of every occupation is the largest
		this.profiles = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes() / 4 * 3)
			.weigher((String slug, OccupationProfile profile) -> CacheWeights.of(profile))
			.build();
		this.lists = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes() / 4)
			.weigher((String name, Object list) -> CacheWeights.of(list))
			.build();
	}

	/**
	 * How full the kept profiles are, from 0 to 1, for work done in advance that should not
	 * push out the profiles pages ask for ({@code ComparisonWarmUp}).
	 */
	public double profilesFilled() {
		return this.profiles.policy()
			.eviction()
			.map((eviction) -> (double) eviction.weightedSize().orElse(0) / eviction.getMaximum())
			.orElse(0.0);
	}

	/** The catalog's current version, known from the database's notifications of each change. */
	public CatalogVersion version() {
		return this.versions.current();
	}

	/** The profiles of the occupations with these slugs, by slug; unknown slugs are left out. */
	public Map<String, OccupationProfile> profiles(CatalogVersion version, Collection<String> slugs) {
		if (!isCurrent(version)) {
			return this.reader.profiles(slugs);
		}
		return this.profiles.getAll(slugs, (missing) -> this.reader.profiles(List.copyOf(missing)));
	}

	public Optional<OccupationProfile> profile(CatalogVersion version, String slug) {
		return Optional.ofNullable(profiles(version, List.of(slug)).get(slug));
	}

	/** Every occupation, by title. */
	public List<OccupationSummary> summaries(CatalogVersion version) {
		return kept(version, "summaries", this.reader::summaries);
	}

	public List<OccupationSummary> summariesInCategory(CatalogVersion version, String categorySlug) {
		return kept(version, "summaries of " + categorySlug, () -> this.reader.summariesInCategory(categorySlug));
	}

	public Optional<CategoryRef> category(CatalogVersion version, String slug) {
		return categories(version).stream().filter((category) -> category.slug().equals(slug)).findFirst();
	}

	public List<CategoryRef> categories(CatalogVersion version) {
		return kept(version, "categories", this.reader::categories);
	}

	/** The slug a renamed occupation has now, given one it had before. */
	public Optional<String> renamedTo(CatalogVersion version, String formerSlug) {
		Map<String, String> renames = kept(version, "renames", this.reader::renames);
		return Optional.ofNullable(renames.get(formerSlug));
	}

	/**
	 * The occupations most like this one, at most {@code limit}, most related first. Related
	 * means scoring highest on 2 points per skill both list, 3 for the same category, and up
	 * to 2 for similar pay (2 for the same average salary, none from 100% apart); ties go by
	 * title. Occupations with no skill and no category in common are not related.
	 */
	public List<RelatedOccupation> related(CatalogVersion version, String slug, int limit) {
		return kept(version, "related to " + slug, () -> this.reader.related(slug, limit));
	}

	/** The comparisons the home page features, in order. */
	public List<OccupationPair> popularComparisons(CatalogVersion version) {
		return kept(version, "popular comparisons", this.reader::popularComparisons);
	}

	@SuppressWarnings("unchecked")
	private <T> T kept(CatalogVersion version, String name, Supplier<T> read) {
		if (!isCurrent(version)) {
			return read.get();
		}
		return (T) this.lists.get(name, (key) -> read.get());
	}

	/**
	 * Whether what is kept is for this version: a newer version lets everything kept go; a
	 * page that read an older version (a change came in meanwhile) reads through without
	 * keeping anything.
	 */
	private boolean isCurrent(CatalogVersion version) {
		long cached = this.cachedVersion;
		if (version.number() == cached) {
			return true;
		}
		if (version.number() < cached) {
			return false;
		}
		synchronized (this) {
			if (this.cachedVersion < version.number()) {
				this.profiles.invalidateAll();
				this.lists.invalidateAll();
				this.cachedVersion = version.number();
			}
			return this.cachedVersion == version.number();
		}
	}

}
