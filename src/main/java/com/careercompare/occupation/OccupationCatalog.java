package com.careercompare.occupation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import com.careercompare.occupation.OccupationProfile.CategoryRef;

import org.springframework.stereotype.Service;

/**
 * What the public pages read about occupations. A page first asks for the catalog's
 * {@link #version() version}, then reads everything else for that version, from memory
 * when an earlier page already read it. A change to the catalog raises the version, so
 * the pages on every instance read the new data as soon as it is committed.
 */
@Service
public class OccupationCatalog {

	/** More profiles than this are read through without being kept. */
	static final int MAX_CACHED_PROFILES = 10_000;

	private final CatalogReader reader;

	private final CatalogVersions versions;

	private volatile Snapshot snapshot = new Snapshot(0);

	OccupationCatalog(CatalogReader reader, CatalogVersions versions) {
		this.reader = reader;
		this.versions = versions;
	}

	/** The catalog's current version, known from the database's notifications of each change. */
	public CatalogVersion version() {
		return this.versions.current();
	}

	/** The profiles of the occupations with these slugs, by slug; unknown slugs are left out. */
	public Map<String, OccupationProfile> profiles(CatalogVersion version, Collection<String> slugs) {
		Snapshot snapshot = snapshotFor(version);
		if (snapshot == null) {
			return this.reader.profiles(slugs);
		}
		Map<String, OccupationProfile> profiles = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (String slug : slugs) {
			OccupationProfile cached = snapshot.profiles.get(slug);
			if (cached != null) {
				profiles.put(slug, cached);
			}
			else {
				missing.add(slug);
			}
		}
		if (!missing.isEmpty()) {
			Map<String, OccupationProfile> loaded = this.reader.profiles(missing);
			if (snapshot.profiles.size() + loaded.size() <= MAX_CACHED_PROFILES) {
				snapshot.profiles.putAll(loaded);
			}
			profiles.putAll(loaded);
		}
		return profiles;
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

	/** The comparisons the home page features, in order. */
	public List<OccupationPair> popularComparisons(CatalogVersion version) {
		return kept(version, "popular comparisons", this.reader::popularComparisons);
	}

	@SuppressWarnings("unchecked")
	private <T> T kept(CatalogVersion version, String key, Supplier<T> read) {
		Snapshot snapshot = snapshotFor(version);
		if (snapshot == null) {
			return read.get();
		}
		Object value = snapshot.values.get(key);
		if (value == null) {
			value = read.get();
			snapshot.values.putIfAbsent(key, value);
		}
		return (T) value;
	}

	/**
	 * The memory for this version: a newer version starts an empty one; a page that read
	 * an older version (a change came in meanwhile) reads through without keeping anything.
	 */
	private Snapshot snapshotFor(CatalogVersion version) {
		Snapshot current = this.snapshot;
		if (version.number() == current.version) {
			return current;
		}
		if (version.number() < current.version) {
			return null;
		}
		synchronized (this) {
			if (this.snapshot.version < version.number()) {
				this.snapshot = new Snapshot(version.number());
			}
			return (this.snapshot.version == version.number()) ? this.snapshot : null;
		}
	}

	/** What has been read for one version of the catalog. */
	private static final class Snapshot {

		private final long version;

		private final Map<String, OccupationProfile> profiles = new ConcurrentHashMap<>();

		private final Map<String, Object> values = new ConcurrentHashMap<>();

		Snapshot(long version) {
			this.version = version;
		}

	}

}
