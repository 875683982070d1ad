package com.careercompare.comparison;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careercompare.api.ApiException;
import com.careercompare.api.ApiPaths;
import com.careercompare.api.ApiResponses;
import com.careercompare.api.OccupationJson;
import com.careercompare.comparison.ComparisonController.ComparisonAddress;
import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.FactTable;
import com.careercompare.occupation.FactValue;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.web.Paths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Comparisons in the JSON API: the occupations, each row of the page's tables with every
 * value, the highest and lowest marked, the difference on pairs, and the skills in common,
 * as the pages work them out.
 */
@RestController
@Tag(name = "Comparisons")
class ComparisonApiController {

	private final OccupationCatalog catalog;

	private final ComparisonColumns columns;

	private final ApiResponses responses;

	ComparisonApiController(OccupationCatalog catalog, ComparisonColumns columns, ApiResponses responses) {
		this.catalog = catalog;
		this.columns = columns;
		this.responses = responses;
	}

	@Schema(name = "Comparison")
	record ComparisonJson(List<OccupationJson> occupations, List<Row> rows, Skills skills, Links links) {
	}

	/**
	 * A row of the page's tables.
	 *
	 * @param same whether every occupation has the same, known value
	 * @param difference on a comparison of two, the gap from the first to the second, as the page writes it
	 */
	@Schema(name = "ComparisonRow")
	record Row(@Schema(description = "overview, salary, education or demographics") String table, String fact,
			List<Value> values, boolean same,
			@Schema(description = "Pairs only: from the first occupation to the second, as the page writes it")
			String difference) {
	}

	/**
	 * One occupation's value in a row.
	 *
	 * @param text as the page writes it; null when unknown
	 * @param number the value as a number, for rows of numbers
	 * @param mark "highest" or "lowest" in a row of numbers that differ
	 */
	@Schema(name = "ComparisonValue")
	record Value(String slug, String text, BigDecimal number,
			@Schema(description = "highest or lowest, in a row of numbers that differ; null otherwise") String mark) {
	}

	@Schema(name = "ComparisonSkills")
	record Skills(@Schema(description = "Skills every occupation has") List<String> shared,
			@Schema(description = "Each occupation's skills that no other has, by slug") Map<String, List<String>> only,
			List<SkillOverlap.Move> moves) {
	}

	@Schema(name = "ComparisonLinks")
	record Links(String self, String page, String csv) {
	}

	@Operation(summary = "Two to four occupations compared",
			description = "Slugs joined by -vs-, in the order of the columns. The same occupation twice, or a former "
					+ "slug, answers 301 to the comparison's address; more than four is a 404.")
	@GetMapping(path = ApiPaths.PREFIX + "/comparisons/{pair}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ComparisonJson> show(
			@Parameter(description = "For example collector-vs-account-specialist") @PathVariable String pair,
			CatalogVersion version, HttpServletRequest request, HttpServletResponse response) {
		ComparisonAddress address;
		try {
			address = ComparisonAddress.resolve(pair, this.catalog, version);
		}
		catch (TooManyOccupationsException ex) {
			throw ApiException.notFound("Too many occupations", "A comparison has " + Comparison.MOST
					+ " occupations at most; this address names " + ex.named() + ".");
		}
		if (address.moved()) {
			String to = address.movedTo(ApiPaths::comparison, ApiPaths::occupation);
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(to)).build();
		}
		if (this.responses.notModified(version, request, response)) {
			return null;
		}
		List<ComparisonColumn> parts = this.columns.columns(version, address.occupations());
		return ResponseEntity.ok(json(Comparison.of(parts, this.columns, false)));
	}

	static ComparisonJson json(Comparison comparison) {
		List<OccupationProfile> occupations = comparison.occupations();
		List<Row> rows = new ArrayList<>();
		for (FactTable table : FactTable.values()) {
			for (FactRow row : comparison.tables().get(table.id()).rows()) {
				List<Value> values = new ArrayList<>();
				for (int i = 0; i < occupations.size(); i++) {
					OccupationProfile occupation = occupations.get(i);
					FactValue value = row.fact().valueOf(occupation);
					BigDecimal number = (row.fact().quantity() != null) ? row.fact().numberOf(occupation) : null;
					int rank = row.ranks()[i];
					values.add(new Value(occupation.slug(), value.isUnknown() ? null : String.join("; ", value.parts()),
							number, (rank > 0) ? "highest" : (rank < 0) ? "lowest" : null));
				}
				rows.add(new Row(table.id(), row.fact().label(), values, row.same(), row.difference()));
			}
		}
		SkillOverlap overlap = comparison.skillOverlap();
		List<String> slugs = comparison.slugs();
		return new ComparisonJson(occupations.stream().map(OccupationJson::of).toList(), rows,
				new Skills(overlap.shared(), overlap.only(), overlap.moves()),
				new Links(ApiPaths.comparison(slugs), Paths.comparison(slugs), Paths.comparison(slugs) + ".csv"));
	}

}
