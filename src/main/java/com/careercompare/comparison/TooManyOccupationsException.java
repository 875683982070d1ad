package com.careercompare.comparison;

/** A comparison address naming more occupations than a page compares: a 404 that says the limit. */
class TooManyOccupationsException extends RuntimeException {

	private final int named;

	private final String firstFour;

	TooManyOccupationsException(int named, String firstFour) {
		super("A comparison of " + named + " occupations; a page compares " + Comparison.MOST + " at most");
		this.named = named;
		this.firstFour = firstFour;
	}

	int named() {
		return this.named;
	}

	/** The comparison of the first four occupations the address names. */
	String firstFour() {
		return this.firstFour;
	}

}
