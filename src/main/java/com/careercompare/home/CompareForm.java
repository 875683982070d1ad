package com.careercompare.home;

/**
 * The home page's "compare two occupations" form: two titles as typed (or chosen from the
 * suggestions), or slugs, as older links send them. Checked against the catalog by the
 * controller, since only it knows which occupations exist.
 */
public class CompareForm {

	private String first;

	private String second;

	/** The text of the field with this name: {@code first} or {@code second}. */
	String get(String field) {
		return field.equals("first") ? this.first : this.second;
	}

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
