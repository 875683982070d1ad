package com.careercompare.occupation.editing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.careercompare.database.DatabaseAvailability;
import com.careercompare.occupation.DemographicGroups;
import com.careercompare.occupation.Fields;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.editing.OccupationEditor.Editing;
import com.careercompare.web.Freshness;
import com.careercompare.web.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The occupation form's own rules, on the web layer alone: each field's (from its
 * declaration) and those across fields, each with its message beside its field, what was
 * typed kept, and the summary linking to it. The rules that need the database (a free
 * title, shares that add up) are tested over HTTP in {@code OccupationFormHttpTest}.
 */
@WebMvcTest(OccupationAdminController.class)
@Import({ Site.class, Freshness.class })
class OccupationFormRulesTest {

	private static final String SLUG = "test-occupation";

	private static final int VERSION = 3;

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private OccupationEditor editor;

	/** For the page cache the site-wide web configuration brings in: the database is reachable. */
	@MockitoBean
	private DatabaseAvailability availability;

	@MockitoBean
	private OccupationHistory history;

	@MockitoBean
	private OccupationCatalog catalog;

	@BeforeEach
	void anOccupationToEdit() {
		List<DemographicGroups.Group> groups = List.of(new DemographicGroups.Group(1, DemographicGroups.GENDER, "Male"),
				new DemographicGroups.Group(2, DemographicGroups.GENDER, "Female"));
		OccupationForm form = OccupationForm.blank(groups);
		form.setVersion(VERSION);
		given(this.editor.find(SLUG))
			.willReturn(Optional.of(new Editing(form, "Test Occupation", SLUG, Instant.now())));
		given(this.editor.groupNames()).willReturn(Map.of(1, "Male", 2, "Female"));
		given(this.editor.categoryNames()).willReturn(List.of("Office and administrative"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			yearlySalary      | 43.251     | Enter an amount in whole dollars, such as 43251 or $43,251.
			yearlySalary      | forty      | Enter an amount in whole dollars, such as 43251 or $43,251.
			yearlySalary      | $43,251.50 | Enter an amount in whole dollars, such as 43251 or $43,251.
			yearlySalary      | 4,32,51    | Enter an amount in whole dollars, such as 43251 or $43,251.
			yearlySalary      | 99999999999 | Enter an amount in whole dollars, such as 43251 or $43,251.
			salaryRangeLow    | 34k        | Enter an amount in whole dollars, such as 34000 or $34,000.
			growthRatePct     | eight      | Enter a whole percentage, such as -8 or 5%.
			growthRatePct     | 5.5%       | Enter a whole percentage, such as -8 or 5%.
			jobOpenings       | 7.596      | Enter a whole number, such as 7596 or 7,596.
			jobSatisfaction   | 3,67       | Enter a rating from 0 to 5, such as 3.67.
			lgbtPct           | 8.5%       | Enter a whole percentage, such as 8 or 8%.
			mostCommonDegreePct | $51      | Enter a whole percentage, such as 51 or 51%.
			averageAge        | forty-six  | Enter an age in whole years, such as 46.
			monthsToBecomeMin | six        | Enter a whole number of months, such as 6.
			yearsOfExperience | 12 years   | Enter a whole number of years, such as 12.
			gender[0].pct     | forty      | Enter a percentage, such as 40.4 or 40.4%.
			""")
	void textThatIsNotAFigureIsRefusedBesideItsFieldAndKept(String field, String typed, String message) {
		assertRefused(save(Map.of(field, typed)), field, typed, message);
	}

	/** A figure that was read but is out of range comes back written as the pages write it. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			title             | ''           | ''           | Enter the title.
			category          | '   '        | ''           | Enter the category.
			description       | ''           | ''           | Enter a description.
			yearlySalary      | ''           | ''           | Enter the average yearly salary.
			yearlySalary      | -5           | -$5          | A salary cannot be negative.
			salaryRangeHigh   | $200,000,000 | $200,000,000 | Enter $100,000,000 or less.
			growthRatePct     | -101         | -101%        | Enter -100% or more.
			jobOpenings       | -3           | -3           | The number of jobs cannot be negative.
			jobSatisfaction   | 5.5          | 5.5          | Enter a rating from 0 to 5.
			jobSatisfaction   | 3.675        | 3.675        | Enter a rating with at most two decimals, such as 3.67.
			yearsOfExperience | 81           | 81           | Enter 80 years or fewer.
			monthsToBecomeMax | 300          | 300          | Enter 240 months (20 years) or fewer.
			averageAge        | 5            | 5            | Enter an age from 14 to 100.
			lgbtPct           | 101          | 101%         | Enter a share from 0% to 100%.
			mostCommonDegreePct | -1%        | -1%          | Enter a share from 0% to 100%.
			gender[0].pct     | 140%         | 140%         | Enter a share from 0% to 100%.
			gender[0].pct     | 40.45        | 40.45%       | Enter a share with at most one decimal, such as 40.4%.
			skills[0].share   | 120%         | 120%         | Enter a whole percentage from 0% to 100%, such as 14 or 14%.
			skills[0].share   | lots         | lots         | Enter a whole percentage from 0% to 100%, such as 14 or 14%.
			""")
	void eachFieldKeepsToItsRangeAndSaysWhatIsWrong(String field, String typed, String shown, String message) {
		Map<String, String> changes = new LinkedHashMap<>(Map.of(field, typed));
		if (field.startsWith("skills")) {
			changes.put("skills[0].name", "Negotiation");
		}

		assertRefused(save(changes), field, shown, message);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			title       | 121 | Keep the title to 120 characters or fewer.
			category    | 101 | Keep the category to 100 characters or fewer.
			description | 5001 | Keep the description to 5,000 characters or fewer.
			highestPayingCity | 101 | Keep the city to 100 characters or fewer.
			bestPayingCompany | 201 | Keep the company to 200 characters or fewer.
			mostCommonCollege | 201 | Keep the college to 200 characters or fewer.
			skills[0].name | 101 | Keep each skill to 100 characters or fewer.
			responsibilities[0] | 1001 | Keep each responsibility to 1,000 characters or fewer.
			alternateTitles[0] | 121 | Keep each title to 120 characters or fewer.
			""")
	void textsKeepToTheirLengths(String field, int length, String message) {
		String typed = "x".repeat(length);

		assertRefused(save(Map.of(field, typed)), field, typed, message);
	}

	@Test
	void theSummaryListsTheErrorsInTheOrderOfTheFields() {
		Document page = save(Map.of("skills[0].share", "lots", "yearlySalary", "forty", "title", "", "lgbtPct", "x",
				"alternateTitles[0]", "x".repeat(121), "monthsToBecomeMin", "y"));

		assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#title", "#alternateTitles0",
				"#monthsToBecomeMin", "#yearlySalary", "#lgbtPct", "#skills0.name", "#skills0.share");
	}

	@Test
	void theSalaryRangeMustHoldTheAverage() {
		Document page = save(Map.of("yearlySalary", "40000", "salaryRangeLow", "45000", "salaryRangeHigh", "50000"));
		assertThat(errorOf(page, "salaryRangeLow")).isEqualTo("The bottom of the range must not be above the average salary.");

		page = save(Map.of("yearlySalary", "40000", "salaryRangeLow", "30000", "salaryRangeHigh", "35000"));
		assertThat(errorOf(page, "salaryRangeHigh")).isEqualTo("The top of the range must not be below the average salary.");

		page = save(Map.of("yearlySalary", "40000", "salaryRangeLow", "50000", "salaryRangeHigh", "30000"));
		assertThat(errorOf(page, "salaryRangeHigh")).isEqualTo("The top of the range must not be below its bottom.");

		page = save(Map.of("salaryRangeLow", "30000", "salaryRangeHigh", ""));
		assertThat(errorOf(page, "salaryRangeHigh")).isEqualTo("Enter both ends of the salary range, or neither.");
	}

	@Test
	void theTimeToBecomeOneNeedsBothEndsInOrder() {
		Document page = save(Map.of("monthsToBecomeMin", "12", "monthsToBecomeMax", "6"));
		assertThat(errorOf(page, "monthsToBecomeMax")).isEqualTo("The longest time must not be shorter than the shortest.");

		page = save(Map.of("monthsToBecomeMin", "", "monthsToBecomeMax", "6"));
		assertThat(errorOf(page, "monthsToBecomeMin")).isEqualTo("Enter both the shortest and the longest time, or neither.");
	}

	@Test
	void aShareOrATextNeedsWhatItIsAbout() {
		Document page = save(Map.of("mostCommonDegreePct", "51%", "bestPayingCompanyAbout", "Pays well."));

		assertThat(errorOf(page, "mostCommonDegree")).isEqualTo("Enter the degree this share is for.");
		assertThat(errorOf(page, "bestPayingCompany")).isEqualTo("Enter the company this text is about.");
	}

	@Test
	void aListNamesEachSkillAndTitleOnce() {
		Document page = save(Map.of("skills[0].name", "Negotiation", "skills[1].name", "negotiation ",
				"skills[2].share", "5%", "alternateTitles[0]", "test occupation", "alternateTitles[1]", "Debt Collector",
				"alternateTitles[2]", "Debt  collector"));

		assertThat(errorOf(page, "skills[1].name")).isEqualTo("This skill is listed twice.");
		assertThat(errorOf(page, "skills[2].name")).isEqualTo("Enter the skill this share is for.");
		assertThat(errorOf(page, "alternateTitles[0]")).isEqualTo("This is the occupation's own title.");
		assertThat(errorOf(page, "alternateTitles[2]")).isEqualTo("This title is listed twice.");
	}

	@Test
	void aFormSentWithoutItsTokenIsRefusedAndNothingIsChecked() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/occupations/" + SLUG)
			.with(user("alice").roles("ADMIN"))
			.param("values[title]", "Test Occupation")
			.exchange();

		assertThat(result).hasStatus(403);
	}

	/** Sends the form of the occupation with these fields changed, named by their inputs' ids. */
	private Document save(Map<String, String> changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", String.valueOf(VERSION));
		fields.put("values[title]", "Test Occupation");
		fields.put("values[category]", "Office and administrative");
		fields.put("values[description]", "Does tests.");
		fields.put("values[yearlySalary]", "$40,000");
		fields.put("gender[0].groupId", "1");
		fields.put("gender[1].groupId", "2");
		changes.forEach((field, value) -> fields.put(input(field), value));
		var request = this.mvc.post()
			.uri("/admin/occupations/" + SLUG)
			.with(user("alice").roles("ADMIN"))
			.with(csrf());
		fields.forEach((name, value) -> request.param(name, value));
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	/** The input a field's id names: a field's is {@code values[name]}, a list row's is its path. */
	private static String input(String field) {
		return Fields.byName(field).isPresent() ? "values[" + field + "]" : field;
	}

	private static void assertRefused(Document page, String field, String typed, String message) {
		assertThat(errorOf(page, field)).isEqualTo(message);
		String id = id(field);
		assertThat(page.select("[id=" + id + "]").val()).isEqualTo(typed);
		assertThat(page.select("[id=" + id + "]").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("[id=" + id + "]").attr("aria-describedby")).contains(id + "-error");
		assertThat(page.select(".error-summary a[href=#" + id + "]").text()).isEqualTo(message);
	}

	private static String errorOf(Document page, String field) {
		return page.select("[id=" + id(field) + "-error]").text();
	}

	private static String id(String field) {
		return field.replace("[", "").replace("]", "");
	}

}
