package com.careercompare.occupation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.careercompare.support.SourcePage;
import com.careercompare.text.English;
import com.careercompare.text.Figures;
import com.careercompare.web.Slugs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the seed holds every figure and text of the five source pages: for each table
 * row of each page, the database's values formatted the way the site formats them
 * reproduce the row exactly; and the pages' descriptions, intro facts, responsibilities
 * and skills are the database's.
 */
@DataJpaTest
@Import(CatalogSlice.class)
class SourcePagesSeedTest {

	private static final Pattern PAY_SENTENCE = Pattern.compile("Additionally, (an? [a-z ]+?) has an average salary of "
			+ "(\\$[\\d,]+), which is higher than the (\\$[\\d,]+) average annual salary of (an? [a-z ]+?)\\.");

	private static final Pattern SKILLS_SENTENCES = Pattern.compile("The top three skills for (an? [a-z ]+?) include "
			+ "(.+?)\\. The most important skills for (an? [a-z ]+?) are (.+?)\\.");

	@Autowired
	private OccupationCatalog catalog;

	@Autowired
	private JdbcClient jdbc;

	static Stream<SourcePage> pages() {
		return SourcePage.all().stream();
	}

	@Test
	void theFivePagesShowTheEightSeededOccupations() {
		List<SourcePage> pages = SourcePage.all();
		assertThat(pages).extracting(SourcePage::file)
			.containsExactly("000_4af132eb9104d2df.txt", "001_839e2de4fccac17c.txt", "002_09ae78ede56cf255.txt",
					"003_5ac72ec45b0771e8.txt", "004_0726809a20ecf426.txt");
		Set<String> titlesOnPages = pages.stream()
			.flatMap((page) -> Stream.of(page.firstTitle(), page.secondTitle()))
			.collect(Collectors.toSet());
		assertThat(this.catalog.summaries(this.catalog.version())).extracting(OccupationSummary::title)
			.containsExactlyInAnyOrderElementsOf(titlesOnPages)
			.hasSize(8);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void everyTableRowIsReproducedFromTheDatabase(SourcePage page) {
		OccupationProfile first = profile(page.firstTitle());
		OccupationProfile second = profile(page.secondTitle());
		List<List<String>> tables = page.tables();
		assertThat(tables).as("tables on %s", page.file()).hasSize(FactTable.values().length);
		int rows = 0;
		for (int t = 0; t < tables.size(); t++) {
			List<String> table = tables.get(t);
			assertThat(table.get(0)).as("header of table %d on %s", t + 1, page.file())
				.isEqualTo(header(page, first, second));
			List<Fact> facts = new ArrayList<>();
			for (String line : table.subList(1, table.size())) {
				Fact fact = factOf(page, line);
				facts.add(fact);
				assertThat(line).as("row \"%s\" on %s", fact.label(), page.file())
					.isEqualTo(row(page, fact, first, second));
				rows++;
			}
			// the comparison page shows the same rows in the same order
			assertThat(facts).as("rows of table %d on %s", t + 1, page.file())
				.isEqualTo(FactTable.values()[t].facts());
		}
		assertThat(rows).as("rows checked on %s", page.file()).isEqualTo(8 + 6 + 3 + 4);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void descriptionsAreTheDatabases(SourcePage page) {
		OccupationProfile first = profile(page.firstTitle());
		OccupationProfile second = profile(page.secondTitle());
		if (page.lostSeparators()) {
			assertThat(page.lineAfter(whatDoes(first))).isEqualTo(first.description());
			assertThat(page.lineAfter(whatDoes(second))).isEqualTo(second.description());
		}
		else {
			// the two descriptions follow the overview table
			List<String> overview = page.tables().get(0);
			String firstDescription = page.lineAfter(overview.get(overview.size() - 1));
			assertThat(firstDescription).isEqualTo(first.description());
			assertThat(page.lineAfter(firstDescription)).isEqualTo(second.description());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void introFactsAreTheDatabases(SourcePage page) {
		OccupationProfile first = profile(page.firstTitle());
		OccupationProfile second = profile(page.secondTitle());
		Map<String, OccupationProfile> byArticleAndTitle = Stream.of(first, second)
			.collect(Collectors.toMap(SourcePagesSeedTest::withArticle, (profile) -> profile));

		assertThat(first.timeToBecome()).isEqualTo(second.timeToBecome());
		assertThat(page.lineContaining("It typically takes"))
			.contains("It typically takes " + Figures.monthsRange(first.timeToBecome().minMonths(),
					first.timeToBecome().maxMonths()) + " to become both " + withArticle(first) + " and "
					+ withArticle(second) + ".");

		Matcher pay = PAY_SENTENCE.matcher(page.lineContaining("Additionally,"));
		assertThat(pay.find()).as("pay sentence on %s", page.file()).isTrue();
		assertThat(pay.group(2)).isEqualTo(Figures.dollars(byArticleAndTitle.get(pay.group(1)).pay().yearlySalary()));
		assertThat(pay.group(3)).isEqualTo(Figures.dollars(byArticleAndTitle.get(pay.group(4)).pay().yearlySalary()));

		Matcher skills = SKILLS_SENTENCES.matcher(page.lineContaining("The top three skills"));
		assertThat(skills.find()).as("skills sentences on %s", page.file()).isTrue();
		assertThat(listItems(skills.group(2))).isEqualTo(topSkills(byArticleAndTitle.get(skills.group(1))));
		assertThat(listItems(skills.group(4))).isEqualTo(topSkills(byArticleAndTitle.get(skills.group(3))));
	}

	@Test
	void pageWithListsGivesResponsibilitiesSkillsWithSharesAndTheCategory() {
		SourcePage page = SourcePage.all().stream().filter(SourcePage::lostSeparators).findFirst().orElseThrow();
		for (OccupationProfile occupation : List.of(profile(page.firstTitle()), profile(page.secondTitle()))) {
			String title = English.inSentence(occupation.title());
			assertThat(page.bulletsAfter(English.capitalize(title) + " example responsibilities."))
				.hasSize(6)
				.isEqualTo(occupation.responsibilities());
			assertThat(page.bulletsAfter("Common " + title + " skills")).hasSize(6)
				.isEqualTo(occupation.skills()
					.stream()
					.map((skill) -> skill.name() + ", " + Figures.percent(skill.sharePct()))
					.toList());
			assertThat(page.lines()).contains("Browse " + occupation.category().name().toLowerCase() + " jobs");
		}
	}

	@Test
	void unknownFiguresAreNullNeverZero() {
		assertThat(this.jdbc.sql("select count(*) from occupation where job_satisfaction is null").query(Integer.class)
			.single()).isEqualTo(6);
		assertThat(this.jdbc.sql("select count(*) from occupation where most_common_college is null")
			.query(Integer.class)
			.single()).isEqualTo(8);
		assertThat(this.jdbc.sql("select count(*) from occupation where job_satisfaction = 0 or most_common_college = ''")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theHourlyRateIsDerivedFromTheYearlySalaryAndNotStored() {
		List<String> columns = this.jdbc
			.sql("select column_name from information_schema.columns where table_name = 'occupation'")
			.query(String.class)
			.list();
		assertThat(columns).contains("yearly_salary").noneMatch((column) -> column.contains("hourly"))
			.noneMatch((column) -> column.contains("average_salary"));
	}

	private OccupationProfile profile(String title) {
		return this.catalog.profile(this.catalog.version(), Slugs.of(title))
			.orElseThrow(() -> new AssertionError("No occupation seeded for \"" + title + "\""));
	}

	private static String header(SourcePage page, OccupationProfile first, OccupationProfile second) {
		return page.lostSeparators() ? first.title() + second.title()
				: "| " + first.title() + " | " + second.title() + " | |";
	}

	private static Fact factOf(SourcePage page, String line) {
		if (!page.lostSeparators()) {
			String label = line.substring(2, line.indexOf(" | ", 2));
			return Fact.byLabel(label).orElseThrow(() -> new AssertionError("No fact labelled \"" + label + "\""));
		}
		// without separators, the label is the longest fact label the line starts with
		return Arrays.stream(Fact.values())
			.filter((fact) -> line.startsWith(fact.label()))
			.max(Comparator.comparingInt((Fact fact) -> fact.label().length()))
			.orElseThrow(() -> new AssertionError("No fact label starts \"" + line + "\""));
	}

	private static String row(SourcePage page, Fact fact, OccupationProfile first, OccupationProfile second) {
		if (!page.lostSeparators()) {
			return "| " + fact.label() + " | " + fact.valueOf(first).text() + " | " + fact.valueOf(second).text()
					+ " |";
		}
		return fact.label() + cellWithoutSeparators(fact, first) + cellWithoutSeparators(fact, second);
	}

	/**
	 * Page 002 follows a company's name with a blurb about it (see the source pages'
	 * README); the seed keeps the blurb as the company's "about", which starts with its name.
	 */
	private static String cellWithoutSeparators(Fact fact, OccupationProfile occupation) {
		String about = occupation.pay().bestPayingCompanyAbout();
		if (fact == Fact.BEST_PAYING_COMPANY && about != null) {
			assertThat(about).startsWith(occupation.pay().bestPayingCompany() + " ");
			return about;
		}
		return fact.valueOf(occupation).text();
	}

	private static String whatDoes(OccupationProfile occupation) {
		return "What does " + withArticle(occupation) + " do?";
	}

	private static String withArticle(OccupationProfile occupation) {
		return English.withArticle(English.inSentence(occupation.title()));
	}

	/** "a, b and c" or "a, b, and c": the pages use both. */
	private static List<String> listItems(String list) {
		return Arrays.stream(list.split(",? and |, ")).toList();
	}

	private static List<String> topSkills(OccupationProfile occupation) {
		return occupation.topSkills().stream().map((skill) -> English.inSentence(skill.name())).toList();
	}

}
