package com.careercompare.home;

/**
 * The home page's "compare two occupations" form: two slugs, as the selects send them.
 * Checked against the catalog by the controller, since only it knows which slugs exist.
 */
public class CompareForm {

	private String first;

	private String second;

	public String getFirst() {
		return this.first;
	}

	public void setFirst(String first) {
		this.first = first;
	}

	public String getSecond() {
		return this.second;
	}

	public void setSecond(String second) {
		this.second = second;
	}

}
