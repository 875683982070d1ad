package com.careercompare.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
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
		return Shares.GENDER.chart(occupations);
	}

	/** Race and ethnicity shares, or nothing when no occupation has any. */
	public static BarChart race(List<OccupationProfile> occupations) {
		return Shares.RACE.chart(occupations);
	}

	/** The shares a bar chart shows. */
	enum Shares {

		GENDER("gender-chart", "Gender ratio", (o) -> o.demographics().gender()),
		RACE("race-chart", "Race ratio", (o) -> o.demographics().race());

		final String id;

		final String title;

		final Function<OccupationProfile, List<Share>> of;

		Shares(String id, String title, Function<OccupationProfile, List<Share>> of) {
			this.id = id;
			this.title = title;
			this.of = of;
		}

		/** The groups of a chart, in the pages' order, from the first occupation that has them. */
		List<String> groups(List<OccupationProfile> occupations) {
			for (OccupationProfile occupation : occupations) {
				List<Share> shares = this.of.apply(occupation);
				if (!shares.isEmpty()) {
					List<String> groups = new ArrayList<>(shares.size());
					for (Share share : shares) {
						groups.add(share.group());
					}
					return List.copyOf(groups);
				}
			}
			return List.of();
		}

		/** One occupation's shares in these groups; a group it has no share for is null. */
		BarChart.Series series(OccupationProfile occupation, List<String> groups) {
			List<Share> shares = this.of.apply(occupation);
			return new BarChart.Series(occupation.title(), groups.stream().map((group) -> share(shares, group)).toList());
		}

		/** One occupation's shares in these groups as the chart writes them ({@link BarChart#figure}). */
		List<String> figures(OccupationProfile occupation, List<String> groups) {
			List<Share> shares = this.of.apply(occupation);
			List<String> figures = new ArrayList<>(groups.size());
			for (String group : groups) {
				figures.add(BarChart.figure(share(shares, group)));
			}
			return List.copyOf(figures);
		}

		/** The chart of these occupations, or nothing when none has any share. */
		BarChart chart(List<OccupationProfile> occupations) {
			return chart(occupations, groups(occupations));
		}

		/** The chart of these occupations in these groups (theirs), or nothing when there are none. */
		BarChart chart(List<OccupationProfile> occupations, List<String> groups) {
			if (groups.isEmpty()) {
				return null;
			}
			return BarChart.of(this.id, this.title, groups,
					occupations.stream().map((o) -> series(o, groups)).toList());
		}

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
