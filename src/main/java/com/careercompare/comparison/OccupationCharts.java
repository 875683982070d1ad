package com.careercompare.comparison;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import com.careercompare.chart.BarChart;
import com.careercompare.chart.RangeChart;
import com.careercompare.occupation.OccupationProfile;
import com.careercompare.occupation.OccupationProfile.Share;

/** The charts of one or more occupations, side by side in the order given. */
public final class OccupationCharts {

	private OccupationCharts() {
	}

	public static RangeChart salary(List<OccupationProfile> occupations) {
		return RangeChart.of("salary-chart", "Salary ranges",
				occupations.stream()
					.map((o) -> new RangeChart.Series(o.title(), o.pay().rangeLow(), o.pay().yearlySalary(),
							o.pay().rangeHigh()))
					.toList());
	}

	/** Gender shares, or nothing when no occupation has any. */
	public static BarChart gender(List<OccupationProfile> occupations) {
		return shares("gender-chart", "Gender ratio", occupations, (o) -> o.demographics().gender());
	}

	/** Race and ethnicity shares, or nothing when no occupation has any. */
	public static BarChart race(List<OccupationProfile> occupations) {
		return shares("race-chart", "Race ratio", occupations, (o) -> o.demographics().race());
	}

	private static BarChart shares(String id, String title, List<OccupationProfile> occupations,
			Function<OccupationProfile, List<Share>> shares) {
		// groups in the pages' order, from the first occupation that has them
		List<String> groups = occupations.stream()
			.map(shares)
			.filter((list) -> !list.isEmpty())
			.findFirst()
			.map((list) -> list.stream().map(Share::group).toList())
			.orElse(List.of());
		if (groups.isEmpty()) {
			return null;
		}
		List<BarChart.Series> series = occupations.stream()
			.map((o) -> new BarChart.Series(o.title(), groups.stream().map((group) -> share(shares.apply(o), group)).toList()))
			.toList();
		return BarChart.of(id, title, groups, series);
	}

	private static BigDecimal share(List<Share> shares, String group) {
		for (Share share : shares) {
			if (share.group().equals(group)) {
				return share.pct();
			}
		}
		return null;
	}

}
