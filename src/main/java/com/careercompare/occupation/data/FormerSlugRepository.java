package com.careercompare.occupation.data;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface FormerSlugRepository extends Repository<FormerSlug, String> {

	/** Each former slug with the current slug of its occupation. */
	@Query("select new com.careercompare.occupation.data.FormerSlugRepository$Rename(f.slug, o.slug) from FormerSlug f join f.occupation o")
	List<Rename> findAllRenames();

	FormerSlug save(FormerSlug formerSlug);

	/** A slug in use again, by the same occupation or another, is nobody's former slug any more. */
	@Modifying
	@Query("delete from FormerSlug f where f.slug = :slug")
	void deleteBySlug(String slug);

	/** {@link #deleteBySlug} for many slugs in one statement. */
	@Modifying
	@Query("delete from FormerSlug f where f.slug in :slugs")
	void deleteBySlugIn(Collection<String> slugs);

	record Rename(String formerSlug, String currentSlug) {
	}

}
