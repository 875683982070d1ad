package com.careercompare.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English generation for occupation titles in running text: articles, plurals,
 * possessives, lists and comparisons. All sentences on the site are built from these.
 */
public final class English {

	/** Words that start with a vowel letter but a consonant sound: "a unit", "a European". */
	private static final List<String> CONSONANT_SOUND_PREFIXES = List.of("uni", "use", "usu", "usa", "ura", "ure",
			"uri", "uro", "uti", "eu", "ewe", "one", "once", "ubiq");

	/** Words that start with a silent h: "an hourly worker", "an honest broker". */
	private static final List<String> SILENT_H_PREFIXES = List.of("hour", "honest", "honor", "honour", "heir");

	/** Letters whose spoken name starts with a vowel sound, for acronyms read letter by letter: "an HR manager". */
	private static final String VOWEL_SOUND_LETTERS = "AEFHILMNORSX";

	private static final Set<String> UNCHANGED_PLURALS = Set.of("staff", "personnel", "aircraft", "series", "crew");

	private static final String[] NUMBER_WORDS = { "zero", "one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten" };

	private English() {
	}

	/** "a collector", "an accounts receivable specialist", "an HR specialist", "a university registrar". */
	public static String withArticle(String phrase) {
		return article(phrase) + " " + phrase;
	}

	/** "a" or "an", by how the phrase's first word sounds. */
	public static String article(String phrase) {
		String word = firstWord(phrase);
		if (word.isEmpty()) {
			return "a";
		}
		char first = word.charAt(0);
		if (Character.isDigit(first)) {
			return startsWithVowelSoundNumber(word) ? "an" : "a";
		}
		if (isAcronym(word)) {
			return VOWEL_SOUND_LETTERS.indexOf(Character.toUpperCase(first)) >= 0 ? "an" : "a";
		}
		String lower = word.toLowerCase(Locale.ROOT);
		if (startsWithAny(lower, SILENT_H_PREFIXES)) {
			return "an";
		}
		if ("aeiou".indexOf(lower.charAt(0)) >= 0) {
			return startsWithAny(lower, CONSONANT_SOUND_PREFIXES) ? "a" : "an";
		}
		return "a";
	}

	/**
	 * The plural of a job title: its head noun takes the plural, which is the last word,
	 * or the word before "of" ("clerks of court").
	 */
	public static String plural(String phrase) {
		int of = phrase.indexOf(" of ");
		if (of > 0) {
			return plural(phrase.substring(0, of)) + phrase.substring(of);
		}
		int space = phrase.lastIndexOf(' ');
		return phrase.substring(0, space + 1) + pluralOfWord(phrase.substring(space + 1));
	}

	/** "collectors'" and "collections specialists'": the possessive of the plural. */
	public static String pluralPossessive(String phrase) {
		String plural = plural(phrase);
		return plural.endsWith("s") ? plural + "'" : plural + "'s";
	}

	/** "a, b and c"; "a and b"; "a". */
	public static String list(List<String> items) {
		int size = items.size();
		if (size == 0) {
			return "";
		}
		if (size == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, size - 1)) + " and " + items.get(size - 1);
	}

	/** How the first figure compares with the second: "higher than", "lower than" or "the same as". */
	public static String comparison(long first, long second) {
		if (first > second) {
			return "higher than";
		}
		return first < second ? "lower than" : "the same as";
	}

	/** A job title as it reads inside a sentence: "loss mitigation specialist", keeping acronyms ("HR assistant"). */
	public static String inSentence(String title) {
		String[] words = title.split(" ");
		StringBuilder out = new StringBuilder(title.length());
		for (int i = 0; i < words.length; i++) {
			if (i > 0) {
				out.append(' ');
			}
			String word = words[i];
			out.append(hasCapitalAfterFirst(word) ? word : word.toLowerCase(Locale.ROOT));
		}
		return out.toString();
	}

	/** The text with its first letter in upper case. */
	public static String capitalize(String text) {
		if (text.isEmpty() || Character.isUpperCase(text.charAt(0))) {
			return text;
		}
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** "three" for 3; numbers above ten as digits. */
	public static String numberWord(int number) {
		return number >= 0 && number < NUMBER_WORDS.length ? NUMBER_WORDS[number] : Integer.toString(number);
	}

	private static String pluralOfWord(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (word.isEmpty() || UNCHANGED_PLURALS.contains(lower)) {
			return word;
		}
		if (isAcronym(word)) {
			return word + "s";
		}
		if (lower.endsWith("person")) {
			return word.substring(0, word.length() - "person".length()) + suffix(word, "people");
		}
		if (lower.endsWith("man") && !lower.equals("human") && !lower.equals("german")) {
			return word.substring(0, word.length() - "an".length()) + suffix(word, "en");
		}
		if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
				|| lower.endsWith("sh")) {
			return word + suffix(word, "es");
		}
		if (lower.length() > 1 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
			return word.substring(0, word.length() - 1) + suffix(word, "ies");
		}
		return word + suffix(word, "s");
	}

	/** A plural ending in the case of the word it goes on: "CLERKS", but "Clerks". */
	private static String suffix(String word, String suffix) {
		return word.equals(word.toUpperCase(Locale.ROOT)) ? suffix.toUpperCase(Locale.ROOT) : suffix;
	}

	private static String firstWord(String phrase) {
		int start = 0;
		while (start < phrase.length() && !Character.isLetterOrDigit(phrase.charAt(start))) {
			start++;
		}
		int end = start;
		while (end < phrase.length() && phrase.charAt(end) != ' ' && phrase.charAt(end) != '-') {
			end++;
		}
		return phrase.substring(start, end);
	}

	private static boolean isAcronym(String word) {
		int letters = 0;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (Character.isLetter(c)) {
				if (!Character.isUpperCase(c)) {
					return false;
				}
				letters++;
			}
		}
		// a lone capital is read as its letter name too: "an X-ray technician"
		return letters >= 2 || (letters == 1 && word.length() == 1);
	}

	private static boolean hasCapitalAfterFirst(String word) {
		for (int i = 1; i < word.length(); i++) {
			if (Character.isUpperCase(word.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWithVowelSoundNumber(String word) {
		// eight, eleven, eighteen, eighty...
		if (word.charAt(0) == '8') {
			return true;
		}
		int digits = 0;
		while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
			digits++;
		}
		return (word.startsWith("11") || word.startsWith("18")) && (digits == 2 || digits == 5);
	}

	private static boolean startsWithAny(String word, List<String> prefixes) {
		for (String prefix : prefixes) {
			if (word.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
