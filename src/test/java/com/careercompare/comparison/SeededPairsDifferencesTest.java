package com.careercompare.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careercompare.occupation.CatalogSlice;
import com.careercompare.occupation.Fact;
import com.careercompare.occupation.FactTable;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.occupation.Quantity;
import com.careercompare.web.PagePart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differences, the highest and lowest marks, and the skills in common, for every
 * ordered pair of the eight seeded occupations (and sets of three and four), each checked
 * against a rule written out here.
 */
@DataJpaTest
@Import(CatalogSlice.class)
class SeededPairsDifferencesTest {

	@Autowired
	private OccupationCatalog catalog;

	private List<OccupationProfile> seeded;

	@BeforeEach
	void setUp() {
		List<String> slugs = this.catalog.summaries(this.catalog.version()).stream().map(OccupationSummary::slug).toList();
		Map<String, OccupationProfile> profiles = this.catalog.profiles(this.catalog.version(), slugs);
		this.seeded = slugs.stream().map(profiles::get).toList();
		assertThat(this.seeded).hasSize(8);
	}

	@Test
	void theDifferenceOfEveryRowOfNumbersIsFromTheFirstToTheSecond() {
		int checked = 0;
		for (OccupationProfile first : this.seeded) {
			for (OccupationProfile second : this.seeded) {
				if (first == second) {
					continue;
				}
				for (FactTable table : FactTable.values()) {
					for (FactRow row : ComparisonRows.rows(table, columns(first, second), UNKNOWN)) {
						Fact fact = row.fact();
						BigDecimal a = (fact.quantity() != null) ? fact.numberOf(first) : null;
						BigDecimal b = (fact.quantity() != null) ? fact.numberOf(second) : null;
						if (a != null && b != null) {
							assertThat(row.difference()).as("%s: %s to %s", fact, first.slug(), second.slug())
								.isEqualTo(expectedDifference(fact.quantity(), a, b));
							assertThat(row.ranks()).containsExactly(Integer.signum(a.compareTo(b)),
									Integer.signum(b.compareTo(a)));
							checked++;
						}
						else {
							assertThat(row.ranks()).containsExactly(0, 0);
							assertThat(row.difference()).isEqualTo(row.same() ? "Same" : null);
						}
					}
				}
			}
		}
		assertThat(checked).as("rows of known numbers in 56 pairs").isGreaterThan(56 * 5);
	}

	@Test
	void theIssuesExampleReadsAsWritten() {
		OccupationProfile collector = find("collector");
		OccupationProfile senior = find("senior-accounts-receivable-specialist");
		FactRow salary = ComparisonRows.rows(FactTable.OVERVIEW, columns(collector, senior), UNKNOWN).get(0);
		assertThat(salary.fact()).isEqualTo(Fact.YEARLY_SALARY);
		assertThat(salary.difference()).isEqualTo("+$19,622 (+56%)");
		FactRow reversed = ComparisonRows.rows(FactTable.OVERVIEW, columns(senior, collector), UNKNOWN).get(0);
		assertThat(reversed.difference()).isEqualTo("\u2212$19,622 (\u221236%)");
	}

	@Test
	void amongThreeOrFourTheHighestAndLowestAreMarkedAndTiesShareTheMark() {
		for (int start = 0; start < this.seeded.size(); start++) {
			for (int size = 3; size <= 4; size++) {
				List<OccupationProfile> chosen = new ArrayList<>();
				for (int i = 0; i < size; i++) {
					chosen.add(this.seeded.get((start + i) % this.seeded.size()));
				}
				for (FactRow row : ComparisonRows.rows(FactTable.OVERVIEW, columns(chosen), UNKNOWN)) {
					List<BigDecimal> known = chosen.stream()
						.map((o) -> (row.fact().quantity() != null) ? row.fact().numberOf(o) : null)
						.toList();
					BigDecimal max = known.stream().filter(java.util.Objects::nonNull).max(BigDecimal::compareTo).orElse(null);
					BigDecimal min = known.stream().filter(java.util.Objects::nonNull).min(BigDecimal::compareTo).orElse(null);
					boolean ranked = max != null && max.compareTo(min) != 0;
					for (int c = 0; c < size; c++) {
						BigDecimal value = known.get(c);
						int expected = (!ranked || value == null) ? 0
								: (value.compareTo(max) == 0) ? 1 : (value.compareTo(min) == 0) ? -1 : 0;
						assertThat(row.ranks()[c]).as("%s of %s", row.fact(), chosen.get(c).slug()).isEqualTo(expected);
					}
					assertThat(row.difference()).as("no difference column for more than two").isNull();
				}
			}
		}
	}

	@Test
	void aMoveSaysWhichOfTheOthersSkillsYouHaveAndWhichTopOnesYouWouldAdd() {
		for (OccupationProfile from : this.seeded) {
			for (OccupationProfile to : this.seeded) {
				if (from == to) {
					continue;
				}
				SkillOverlap overlap = SkillOverlap.of(List.of(from, to));
				List<String> fromSkills = lower(SkillOverlap.skills(from));
				List<String> toSkills = lower(SkillOverlap.skills(to));
				SkillOverlap.Move move = overlap.moves().get(0);
				assertThat(lower(move.have())).isEqualTo(toSkills.stream().filter(fromSkills::contains).toList());
				assertThat(lower(move.add()))
					.isEqualTo(toSkills.stream().filter((s) -> !fromSkills.contains(s)).limit(3).toList());
				assertThat(lower(overlap.shared())).isEqualTo(fromSkills.stream().filter(toSkills::contains).toList());
				assertThat(lower(overlap.only().get(from.slug())))
					.isEqualTo(fromSkills.stream().filter((s) -> !toSkills.contains(s)).toList());
			}
		}
	}

	@Test
	void theMoveFromCollectorToSeniorAccountsReceivableSpecialistReadsAsTheIssueWrites() {
		OccupationProfile collector = find("collector");
		OccupationProfile senior = find("senior-accounts-receivable-specialist");
		String html = SkillOverlap.of(List.of(collector, senior)).html(List.of(collector, senior));
		assertThat(html).contains("<p class=\"move\">Moving from collector to senior accounts receivable specialist: "
				+ "you have customer service; you would add account reconciliations, customer accounts and "
				+ "reconciliations.</p>");
		assertThat(html).contains("<p>Shared by both: customer service.</p>");
	}

	@Test
	void skillsOfThreeNameWhatAllShareAndWhatEachHasAlone() {
		List<OccupationProfile> three = List.of(find("collector"), find("collections-specialist"),
				find("account-specialist"));
		SkillOverlap overlap = SkillOverlap.of(three);
		assertThat(overlap.moves()).hasSize(2);
		assertThat(overlap.only().keySet()).containsExactly("collector", "collections-specialist", "account-specialist");
		for (String shared : overlap.shared()) {
			for (OccupationProfile occupation : three) {
				assertThat(lower(SkillOverlap.skills(occupation))).contains(shared.toLowerCase(Locale.ROOT));
			}
		}
		assertThat(overlap.html(three)).startsWith("<p>Shared by all three: ");
	}

	/** The difference as the issue writes it: signed from the first, with the share of the first for money and counts. */
	private static String expectedDifference(Quantity quantity, BigDecimal a, BigDecimal b) {
		BigDecimal gap = b.subtract(a);
		if (gap.signum() == 0) {
			return "Same";
		}
		String sign = (gap.signum() > 0) ? "+" : "\u2212";
		BigDecimal size = gap.abs();
		BigDecimal whole = size.multiply(BigDecimal.valueOf(100)).divide(a.abs(), 0, RoundingMode.HALF_UP);
		BigDecimal tenth = size.multiply(BigDecimal.valueOf(100)).divide(a.abs(), 1, RoundingMode.HALF_UP);
		String pct = (whole.signum() > 0) ? " (" + sign + whole + "%)"
				: (tenth.signum() > 0) ? " (" + sign + tenth + "%)" : " (under 0.1%)";
		return switch (quantity) {
			case DOLLARS -> sign + "$" + String.format(Locale.US, "%,d", size.longValue()) + pct;
			case CENTS -> sign + "$" + size.setScale(2, RoundingMode.HALF_UP).toPlainString() + pct;
			case COUNT -> sign + String.format(Locale.US, "%,d", size.longValue()) + pct;
			case PERCENT -> sign + size.toPlainString() + ((size.intValue() == 1) ? " point" : " points");
			case RATING -> sign + size.stripTrailingZeros().toPlainString();
			case YEARS -> sign + size.toPlainString() + ((size.intValue() == 1) ? " year" : " years");
		};
	}

	private static final String UNKNOWN = "<td>unknown</td>";

	/** Columns whose cells are each fact's text: enough for the rows' logic, without rendering. */
	private static List<ComparisonColumn> columns(OccupationProfile... occupations) {
		return columns(List.of(occupations));
	}

	private static List<ComparisonColumn> columns(List<OccupationProfile> occupations) {
		List<ComparisonColumn> columns = new ArrayList<>();
		for (OccupationProfile occupation : occupations) {
			Map<FactTable, List<String>> cells = new EnumMap<>(FactTable.class);
			for (FactTable table : FactTable.values()) {
				cells.put(table, table.facts().stream().map((fact) -> {
					var value = fact.valueOf(occupation);
					return value.isUnknown() ? UNKNOWN : "<td>" + value.text() + "</td>";
				}).toList());
			}
			PagePart none = PagePart.stored("");
			columns.add(new ComparisonColumn(occupation, 1, none, cells, none, none, none, none, "", List.of(), none,
					none, none, null, null, none, none, ComparedSkills.of(occupation)));
		}
		return columns;
	}

	private OccupationProfile find(String slug) {
		return this.seeded.stream().filter((o) -> o.slug().equals(slug)).findFirst().orElseThrow();
	}

	private static List<String> lower(List<String> skills) {
		return skills.stream().map((s) -> s.toLowerCase(Locale.ROOT)).toList();
	}

}
