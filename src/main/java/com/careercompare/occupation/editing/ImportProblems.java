package com.careercompare.occupation.editing;

import java.util.ArrayList;
import java.util.List;

/** The problems found in an import: the first {@value #KEPT} in the order found, and how many in all. */
final class ImportProblems {

	static final int KEPT = 100;

	private final List<ImportProblem> first = new ArrayList<>();

	private int count;

	void add(ImportProblem problem) {
		if (this.first.size() < KEPT) {
			this.first.add(problem);
		}
		this.count++;
	}

	void add(String file, int line, String column, String message) {
		add(new ImportProblem(file, line, column, message));
	}

	boolean isEmpty() {
		return this.count == 0;
	}

	int count() {
		return this.count;
	}

	List<ImportProblem> first() {
		return List.copyOf(this.first);
	}

}
