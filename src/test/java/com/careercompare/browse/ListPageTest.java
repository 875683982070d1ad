package com.careercompare.browse;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import com.careercompare.occupation.OccupationSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists of occupations, {@value ListPage#SIZE} a page, with their A-Z index. */
class ListPageTest {

	private static final List<OccupationSummary> OCCUPATIONS = IntStream.rangeClosed(1, 120)
		.mapToObj((i) -> summary(((i <= 100) ? "Clerk " : "Teller ") + String.format("%03d", i)))
		.toList();

	@Test
	void aPageHasFiftyOccupationsAndLinksToThePagesBeforeAndAfterIt() {
		ListPage second = ListPage.of("/occupations", OCCUPATIONS, 2, null, "/occupations/letter");

		assertThat(second.occupations()).extracting(OccupationSummary::title).first().isEqualTo("Clerk 051");
		assertThat(second.occupations()).hasSize(50);
		assertThat(second.first()).isEqualTo(51);
		assertThat(second.last()).isEqualTo(100);
		assertThat(second.pages()).isEqualTo(3);
		assertThat(second.path()).isEqualTo("/occupations/page/2");
		assertThat(second.previousPath()).isEqualTo("/occupations");
		assertThat(second.nextPath()).isEqualTo("/occupations/page/3");
		ListPage last = ListPage.of("/occupations", OCCUPATIONS, 3, null, "/occupations/letter");
		assertThat(last.occupations()).hasSize(20);
		assertThat(last.nextPath()).isNull();
		assertThat(ListPage.of("/occupations", OCCUPATIONS, 4, null, "/occupations/letter")).isNull();
		assertThat(ListPage.of("/occupations", OCCUPATIONS, 0, null, "/occupations/letter")).isNull();
	}

	@Test
	void theIndexHasEveryLetterAndLinksThoseThatTitlesStartWith() {
		ListPage page = ListPage.of("/occupations/letter/t", OCCUPATIONS, 1, "t", "/occupations/letter");

		assertThat(page.occupations()).extracting(OccupationSummary::title).first().isEqualTo("Teller 101");
		assertThat(page.total()).isEqualTo(20);
		assertThat(page.nextPath()).isNull();
		assertThat(page.letters()).hasSize(26);
		assertThat(page.letters()).filteredOn(ListPage.Letter::any)
			.extracting(ListPage.Letter::letter)
			.containsExactly("C", "T");
		assertThat(page.letters().get(19).path()).isEqualTo("/occupations/letter/t");
		assertThat(page.isCurrentLetter(page.letters().get(19))).isTrue();
	}

	@Test
	void anEmptyListIsOnePageWithNoOccupations() {
		ListPage page = ListPage.of("/categories/empty", List.of(), 1, null, null);

		assertThat(page.occupations()).isEmpty();
		assertThat(page.pages()).isEqualTo(1);
		assertThat(page.letters()).isEmpty();
	}

	private static OccupationSummary summary(String title) {
		return new OccupationSummary(title, title.toLowerCase().replace(' ', '-'), 40_000, "Office", "office",
				Instant.EPOCH);
	}

}
