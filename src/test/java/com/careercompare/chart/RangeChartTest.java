package com.careercompare.chart;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The salary chart's axis: round ends, ticks at both of them, and few enough ticks for their
 * labels to fit side by side in the narrowest chart (288 px, on a 320 px phone).
 */
class RangeChartTest {

	@Test
	void theSeededRangesGetATickEveryTenThousandDollarsAcrossTheWholeWidth() {
		RangeChart chart = chart(38_000, 54_494, 78_000, 27_000, 34_872, 44_000);
		assertThat(chart.axisMin()).isEqualTo(20_000);
		assertThat(chart.axisMax()).isEqualTo(80_000);
		assertThat(chart.ticks()).extracting(RangeChart.Tick::label)
			.containsExactly("$20k", "$30k", "$40k", "$50k", "$60k", "$70k", "$80k");
		assertThat(chart.ticks()).extracting(RangeChart.Tick::x).containsExactly(0.0, 16.7, 33.3, 50.0, 66.7, 83.3, 100.0);
		assertThat(chart.ticks()).extracting(RangeChart.Tick::anchor)
			.containsExactly("start", "middle", "middle", "middle", "middle", "middle", "end");
	}

	@ParameterizedTest
	@CsvSource({ "21000, 89000, 20000, 100000, $20k", "15000, 210000, 0, 250000, $0k", "30000, 95000, 20000, 100000, $20k",
			"900000, 2400000, 500000, 2500000, $500k", "40000, 41000, 40000, 50000, $40k" })
	void wideRangesTakeLargerRoundStepsWithTicksAtBothEnds(int low, int high, int axisMin, int axisMax, String first) {
		RangeChart chart = chart(low, (low + high) / 2, high);
		assertThat(chart.axisMin()).isEqualTo(axisMin);
		assertThat(chart.axisMax()).isEqualTo(axisMax);
		assertThat(chart.ticks()).hasSizeBetween(2, 7);
		assertThat(chart.ticks().get(0).label()).isEqualTo(first);
		assertThat(chart.ticks().get(0).x()).isEqualTo(0.0);
		assertThat(chart.ticks().get(chart.ticks().size() - 1).x()).isEqualTo(100.0);
	}

	@Test
	void stepsGoOneTwoFive() {
		assertThat(List.of(10_000, 20_000, 50_000, 100_000, 200_000)).extracting(RangeChart::nextStep)
			.containsExactly(20_000, 50_000, 100_000, 200_000, 500_000);
	}

	@Test
	void eachRowIsDrawnInItsOwnPixelsDownAndTheChartIsAsHighAsItsRows() {
		RangeChart one = chart(38_000, 54_494, 78_000);
		RangeChart two = chart(38_000, 54_494, 78_000, 27_000, 34_872, 44_000);
		assertThat(two.height() - one.height()).isEqualTo(RangeChart.ROW_HEIGHT);
		assertThat(two.rows().get(1).figures()).isEqualTo("$27,000 to $44,000, average $34,872");
	}

	private static RangeChart chart(int... lowAverageHigh) {
		List<RangeChart.Series> series = new java.util.ArrayList<>();
		for (int i = 0; i < lowAverageHigh.length; i += 3) {
			series.add(new RangeChart.Series("Occupation " + i, lowAverageHigh[i], lowAverageHigh[i + 1],
					lowAverageHigh[i + 2]));
		}
		return RangeChart.of("salary-chart", "Salary ranges", series);
	}

}
