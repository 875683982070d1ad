package com.careercompare.occupation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.careercompare.occupation.OccupationStore.ImportedOccupation;
import com.careercompare.support.ImportTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link OccupationStore#importAll}: all of an import in one transaction, or none of it.
 */
@ImportTest
class OccupationStoreImportTest {

	@Autowired
	private OccupationStore store;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aFailureAfterHundredsOfOccupationsWereWrittenLeavesNoneOfThem() {
		List<ImportedOccupation> imported = new ArrayList<>(IntStream.rangeClosed(1, 250)
			.mapToObj((i) -> occupation("Batch Clerk " + i))
			.toList());
		// a new occupation (no occupation has its slug) with the title of the first: it passes no
		// check here, and breaks the unique slug in the second part of the import
		imported.add(new ImportedOccupation("batch-clerk-again", occupation("BATCH CLERK 1").data()));
		long version = catalogVersion();
		long revisions = count("revision");
		List<Integer> written = new ArrayList<>();

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.store.importAll(imported, false, version, "test", "Import of a broken file", written::add))
			.withMessageContaining("occupation_slug_key");

		assertThat(written).as("parts written before the failure").containsExactly(200);
		assertThat(this.jdbc.sql("select count(*) from occupation where title like 'Batch Clerk %'")
			.query(Long.class)
			.single()).isZero();
		assertThat(count("revision")).isEqualTo(revisions);
		assertThat(catalogVersion()).isEqualTo(version);
	}

	@Test
	void anImportCheckedAgainstAnotherVersionOfTheCatalogWritesNothing() {
		long version = catalogVersion();

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.store.importAll(List.of(occupation("Late Clerk")), false, version - 1, "test",
					"Import of an old preview", (done) -> {
					}));

		assertThat(this.store.find("late-clerk")).isEmpty();
	}

	@Test
	void anImportIsOneRevisionPutDownToItsAdminAndFileAndRaisesTheVersionOnce() {
		long version = catalogVersion();
		long revisions = count("revision");

		OccupationStore.ImportOutcome outcome = this.store.importAll(
				List.of(occupation("Docket Clerk"), occupation("Filing Clerk")), false, version, "alice",
				"Import of clerks.zip", (done) -> {
				});

		assertThat(outcome).isEqualTo(new OccupationStore.ImportOutcome(2, 0, 0, 0));
		assertThat(count("revision")).isEqualTo(revisions + 1);
		assertThat(this.jdbc.sql("select changed_by || ' / ' || note from revision order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("alice / Import of clerks.zip");
		assertThat(catalogVersion()).isEqualTo(version + 1);
	}

	private static ImportedOccupation occupation(String title) {
		FieldValues values = FieldValues.builder()
			.with(Fields.TITLE, title)
			.with(Fields.CATEGORY, "Office and administrative")
			.with(Fields.DESCRIPTION, "Files the papers of an office.")
			.with(Fields.YEARLY_SALARY, 40_000)
			.build();
		return new ImportedOccupation(com.careercompare.web.Slugs.of(title),
				new OccupationData(values, List.of(), List.of("Files papers."), List.of(), Map.of()));
	}

	private long catalogVersion() {
		return this.jdbc.sql("select version from catalog_version").query(Long.class).single();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
