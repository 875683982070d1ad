package com.careercompare.chart;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shares chart's bars: widths in percent of the chart, room for the figure after the longest. */
class BarChartTest {

	@Test
	void aBarIsItsShareOfTheWidthLeftForBarsAndItsFigureFollowsIt() {
		BarChart chart = BarChart.of("gender-chart", "Gender ratio", List.of("Male", "Female"),
				List.of(series("Collector", "36.0", "64.0"), series("Loss Mitigation Specialist", "100", null)));
		List<BarChart.Bar> male = chart.groups().get(0).bars();
		assertThat(male).extracting(BarChart.Bar::width).containsExactly(28.8, 80.0);
		assertThat(male).extracting(BarChart.Bar::value).containsExactly("36.0%", "100.0%");
		List<BarChart.Bar> female = chart.groups().get(1).bars();
		assertThat(female).extracting(BarChart.Bar::width).containsExactly(51.2, 0.0);
		assertThat(female).extracting(BarChart.Bar::value).containsExactly("64.0%", "unknown");
		assertThat(BarChart.FULL).as("a fifth of the chart left for the longest bar's figure").isEqualTo(80);
		assertThat(chart.description()).isEqualTo(
				"Male: Collector 36.0%, Loss Mitigation Specialist 100.0%; Female: Collector 64.0%, Loss Mitigation Specialist unknown.");
	}

	@Test
	void theLegendComesFirstAndEachBarIsASeriesStepBelowTheOneBefore() {
		BarChart chart = BarChart.of("gender-chart", "Gender ratio", List.of("Male"),
				List.of(series("Collector", "36.0"), series("Account Specialist", "40.0")));
		assertThat(chart.legend()).extracting(BarChart.Legend::label).containsExactly("Collector", "Account Specialist");
		List<BarChart.Bar> bars = chart.groups().get(0).bars();
		assertThat(bars.get(1).y() - bars.get(0).y()).isEqualTo(BarChart.SERIES_STEP);
		assertThat(bars.get(0).y()).isGreaterThan(chart.legend().get(1).y());
		assertThat(chart.height()).isGreaterThan((int) bars.get(1).y());
	}

	private static BarChart.Series series(String name, String... shares) {
		return new BarChart.Series(name, Arrays.stream(shares).map((share) -> (share != null) ? new BigDecimal(share) : null).toList());
	}

}
