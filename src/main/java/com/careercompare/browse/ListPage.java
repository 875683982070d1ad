package com.careercompare.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.careercompare.occupation.OccupationSummary;

/**
 * One page of a list of occupations, A to Z, {@value #SIZE} at a time: all of them, those of
 * a category, or those whose title starts with a letter; with the links to the pages
 * before and after it ({@code rel=prev/next}) and to each letter. Pages have addresses of
 * their own ({@code /occupations/page/2}), so each is kept as any other page.
 *
 * @param base the address of the list's first page
 * @param letter the letter the titles start with, or {@code null} for all
 */
public record ListPage(String base, List<OccupationSummary> occupations, int page, int pages, int total,
		String letter, List<Letter> letters) {

	/** Occupations on a page. */
	public static final int SIZE = 50;

	/** A letter of the A-Z index, and whether any title starts with it. */
	public record Letter(String letter, String path, boolean any) {
	}

	/**
	 * The page of {@code all} (A to Z) at this number, or {@code null} beyond the last.
	 *
	 * @param lettersBase where the letters' pages are ({@code /occupations/letter}), or
	 * {@code null} for a list with no A-Z index
	 */
	static ListPage of(String base, List<OccupationSummary> all, int page, String letter, String lettersBase) {
		List<OccupationSummary> listed = (letter == null) ? all
				: all.stream().filter((occupation) -> letter.equals(letterOf(occupation.title()))).toList();
		int pages = Math.max(1, (listed.size() + SIZE - 1) / SIZE);
		if (page < 1 || page > pages) {
			return null;
		}
		List<Letter> letters = new ArrayList<>();
		if (lettersBase != null) {
			boolean[] any = new boolean[26];
			for (OccupationSummary occupation : all) {
				String first = letterOf(occupation.title());
				if (first != null) {
					any[first.charAt(0) - 'a'] = true;
				}
			}
			for (char c = 'a'; c <= 'z'; c++) {
				letters.add(new Letter(String.valueOf(c).toUpperCase(Locale.ROOT), lettersBase + "/" + c, any[c - 'a']));
			}
		}
		int from = (page - 1) * SIZE;
		return new ListPage(base, List.copyOf(listed.subList(from, Math.min(listed.size(), from + SIZE))), page, pages,
				listed.size(), letter, List.copyOf(letters));
	}

	/** The letter a title is listed under, lower case; {@code null} when it starts otherwise. */
	static String letterOf(String title) {
		char first = Character.toLowerCase(title.isEmpty() ? ' ' : title.charAt(0));
		return (first >= 'a' && first <= 'z') ? String.valueOf(first) : null;
	}

	/** The address of the page with this number. */
	public String path(int number) {
		return (number == 1) ? this.base : this.base + "/page/" + number;
	}

	public String path() {
		return path(this.page);
	}

	public String previousPath() {
		return (this.page > 1) ? path(this.page - 1) : null;
	}

	public String nextPath() {
		return (this.page < this.pages) ? path(this.page + 1) : null;
	}

	/** Which occupations the page shows: "Showing 51 to 100 of 1,234". */
	public int first() {
		return (this.page - 1) * SIZE + 1;
	}

	public int last() {
		return first() + this.occupations.size() - 1;
	}

	public boolean isCurrentLetter(Letter entry) {
		return this.letter != null && entry.letter().equalsIgnoreCase(this.letter);
	}

}
