package com.careercompare.comparison;

import java.util.List;

import com.careercompare.occupation.Fact;

/**
 * A row of a comparison's table as it is worked out ({@link ComparisonRows}): the fact,
 * each column's cell (HTML), the mark of each, and the difference (pages of two).
 *
 * @param same whether every column shows the same, known value
 * @param equal whether every column shows the same thing, known or not
 * @param ranks each column's mark: {@code 1} highest, {@code -1} lowest, {@code 0} none
 * @param difference the gap from the first column to the second, "Same", or null
 */
public record FactRow(Fact fact, List<String> cells, boolean same, boolean equal, int[] ranks, String difference) {
}
