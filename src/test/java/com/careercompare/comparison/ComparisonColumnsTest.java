package com.careercompare.comparison;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.FactTable;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationProfile;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Each occupation's parts of comparison pages are rendered once per profile and version, then kept. */
@SpringBootTest
class ComparisonColumnsTest {

	@Autowired
	private ComparisonColumns columns;

	@Autowired
	private OccupationCatalog catalog;

	@Test
	void anOccupationsPartsAreRenderedOnceAndKept() {
		CatalogVersion version = this.catalog.version();
		OccupationProfile collector = this.catalog.profile(version, "collector").orElseThrow();
		ComparisonColumn first = this.columns.column(version, collector);
		assertThat(this.columns.column(version, collector)).isSameAs(first);
		assertThat(first.heading().html()).contains("href=\"/occupations/collector\"").contains(">Collector</a>");
		assertThat(first.cells().get(FactTable.SALARY)).hasSameSizeAs(FactTable.SALARY.facts())
			.allSatisfy((cell) -> assertThat(cell).startsWith("<td>").endsWith("</td>"))
			.first()
			.isEqualTo("<td>$34,872</td>");
	}

	@Test
	void aNewVersionOfTheCatalogRendersThemAgain() {
		CatalogVersion version = this.catalog.version();
		OccupationProfile collector = this.catalog.profile(version, "collector").orElseThrow();
		ComparisonColumn kept = this.columns.column(version, collector);
		CatalogVersion newer = new CatalogVersion(version.number() + 1, version.changedAt());
		ComparisonColumn rendered = this.columns.column(newer, collector);
		assertThat(rendered).isNotSameAs(kept);
		assertThat(rendered.version()).isEqualTo(newer.number());
		assertThat(rendered.heading().html()).isEqualTo(kept.heading().html());
	}

	@Test
	void partsEscapeWhatTheyShow() {
		CatalogVersion version = this.catalog.version();
		OccupationProfile collector = this.catalog.profile(version, "collector").orElseThrow();
		OccupationProfile renamed = new OccupationProfile("Collector <b>& Co</b>", collector.slug(),
				collector.category(), collector.values(), collector.skills(), collector.responsibilities(),
				collector.alternateTitles(), collector.gender(), collector.race(), collector.updatedAt());
		ComparisonColumn column = this.columns.column(version, renamed);
		assertThat(column.heading().html()).contains("Collector &lt;b&gt;&amp; Co&lt;/b&gt;").doesNotContain("<b>");
		assertThat(column.jsonLd().html()).contains("Collector \\u003cb\\u003e\\u0026 Co").doesNotContain("<b>");
	}

}
