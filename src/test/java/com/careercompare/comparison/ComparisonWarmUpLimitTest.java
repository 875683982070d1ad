package com.careercompare.comparison;

import com.careercompare.occupation.OccupationCatalog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up renders only as many occupations' parts as fit in nine tenths of their limit. */
@SpringBootTest(properties = "career-compare.comparison-parts.max-size=" + ComparisonWarmUpLimitTest.LIMIT)
class ComparisonWarmUpLimitTest {

	static final String LIMIT = "16KB";

	@Autowired
	private ComparisonColumns columns;

	@Autowired
	private OccupationCatalog catalog;

	@Test
	void theWarmUpStopsBeforeThePartsFillTheirLimit() {
		int occupations = this.catalog.summaries(this.catalog.version()).size();

		int rendered = this.columns.renderAll();

		assertThat(rendered).isPositive().isLessThan(occupations);
		assertThat(this.columns.weightedSize()).isLessThanOrEqualTo(DataSize.parse(LIMIT).toBytes());
		assertThat(this.catalog.profilesFilled()).isBetween(0.0, 0.9);
	}

}
