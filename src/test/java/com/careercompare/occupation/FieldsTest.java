package com.careercompare.occupation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The declarations of the occupation's fields: each once, in form order, read as they are written. */
class FieldsTest {

	@Test
	void eachFieldHasANameOfItsOwnThatFindsIt() {
		assertThat(Fields.ALL).extracting(Field::name).doesNotHaveDuplicates();
		for (Field<?> field : Fields.ALL) {
			assertThat(Fields.byName(field.name())).containsSame(field);
		}
		assertThat(Fields.byName("noSuchField")).isEmpty();
	}

	@Test
	void theFormShowsTheFieldsSectionBySectionInTheOrderDeclared() {
		List<Field.Section> sections = Fields.ALL.stream().map(Field::section).toList();

		assertThat(sections).isSortedAccordingTo(Enum::compareTo);
		assertThat(sections).containsAll(Arrays.asList(Field.Section.values()));
	}

	@Test
	void whatAFieldWritesReadsBackAsTheSameValue() {
		assertRoundTrip(Fields.YEARLY_SALARY, 43251, "$43,251");
		assertRoundTrip(Fields.GROWTH_RATE_PCT, -8, "-8%");
		assertRoundTrip(Fields.JOB_OPENINGS, 7596, "7,596");
		assertRoundTrip(Fields.AVERAGE_AGE, 46, "46");
		assertRoundTrip(Fields.JOB_SATISFACTION, new BigDecimal("3.67"), "3.67");
		assertRoundTrip(Fields.HIGHEST_PAYING_CITY, "Los Angeles, CA", "Los Angeles, CA");
	}

	@Test
	void figuresAreReadAsPeopleTypeThemAndNothingIsGuessed() {
		assertThat(Fields.YEARLY_SALARY.read("43,251")).isEqualTo(43251);
		assertThat(Fields.YEARLY_SALARY.read("43.251")).isNull();
		assertThat(Fields.YEARLY_SALARY.read("34k")).isNull();
		assertThat(Fields.LGBT_PCT.read("8 %")).isEqualTo(8);
		assertThat(Fields.TITLE.read("  Debt   Collector ")).isEqualTo("Debt Collector");
	}

	@Test
	void aProblemIsTheFirstOfMissingNotUnderstoodOrARuleBroken() {
		assertThat(Fields.YEARLY_SALARY.problem(null)).contains("Enter the average yearly salary.");
		assertThat(Fields.YEARLY_SALARY.problem("lots"))
			.contains("Enter an amount in whole dollars, such as 43251 or $43,251.");
		assertThat(Fields.YEARLY_SALARY.problem("-5")).contains("A salary cannot be negative.");
		assertThat(Fields.YEARLY_SALARY.problem("$43,251")).isEmpty();
		assertThat(Fields.MOST_COMMON_COLLEGE.problem(null)).isEmpty();
	}

	@Test
	void aFieldShownOnThePagesIsShownUnderItsOwnLabel() {
		assertThat(Fact.HIGHEST_PAYING_CITY.label()).isEqualTo(Fields.HIGHEST_PAYING_CITY.label())
			.isEqualTo("Highest paying City");
		assertThat(Fact.LGBT_PERCENTAGE.label()).isEqualTo(Fields.LGBT_PCT.label()).isEqualTo("LGBT Percentage");
	}

	private static <T> void assertRoundTrip(Field<T> field, T value, String written) {
		assertThat(field.write(value)).isEqualTo(written);
		assertThat(field.read(written)).isEqualTo(value);
	}

}
