package com.careercompare.support;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core's WCAG 2 A and AA rules, run on a page in the browser. */
public final class Axe {

	private static final List<String> WCAG_2_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private Axe() {
	}

	/** Fails, naming each rule and where it failed, when the page breaks any WCAG 2 A/AA rule. */
	public static void assertNoViolations(Page page, String what) {
		// in the page itself: the pages have no frames, and the frame-aware default opens a
		// second page to merge the frames' results, which doubles the time a check takes
		AxeResults results = new AxeBuilder(page).withTags(WCAG_2_A_AA).setLegacyMode(true).analyze();
		assertThat(results.getPasses()).as("axe-core ran its rules on %s", what).isNotEmpty();
		assertThat(results.getViolations())
			.as("axe-core violations on %s:%n%s", what, describe(results.getViolations()))
			.isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

}
