package com.careercompare.comparison;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every occupation's comparison parts are rendered in advance, once per version of the catalog. */
@SpringBootTest
class ComparisonWarmUpTest {

	@Autowired
	private ComparisonWarmUp warmUp;

	@Autowired
	private ComparisonColumns columns;

	@Autowired
	private OccupationCatalog catalog;

	@Test
	void theWarmUpRendersEveryOccupationsPartsOnceForTheVersion() {
		this.warmUp.check();
		CatalogVersion version = this.catalog.version();

		for (OccupationSummary summary : this.catalog.summaries(version)) {
			ComparisonColumn column = this.columns.column(version, this.catalog.profile(version, summary.slug()).orElseThrow());
			assertThat(column.version()).isEqualTo(version.number());
			assertThat(this.columns.column(version, column.occupation())).as("kept, not rendered again").isSameAs(column);
		}
		assertThat(this.columns.renderAll()).as("nothing left to render").isZero();
		assertThat(this.columns.weightedSize()).isPositive();
	}

}
