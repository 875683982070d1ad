package com.careercompare.occupation.editing;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's errors in the order its fields appear, for the summary at the top of the form:
 * the order they were found in (conversion first, then each kind of check) would send
 * someone reading the summary back and forth.
 */
final class ErrorSummary {

	/** An error as the summary shows it: the field's id to link to, and the message. */
	record Item(String fieldId, String message) {
	}

	private static final Pattern ROW = Pattern.compile("^([A-Za-z]+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");

	/** A field's input, {@code values[title]}: named, and linked to, by the field's name. */
	private static final Pattern VALUE = Pattern.compile("^values\\[(\\w+)]$");

	private ErrorSummary() {
	}

	/**
	 * @param fieldOrder the form's top-level fields (lists by name) in page order; fields not
	 * named come last
	 */
	static List<Item> inOrder(BindingResult result, List<String> fieldOrder, MessageSource messages, Locale locale) {
		Comparator<FieldError> byPlace = Comparator
			.comparingInt((FieldError error) -> place(fieldOrder, error.getField()))
			.thenComparingInt((error) -> row(error.getField()))
			.thenComparing(FieldError::getField);
		return result.getFieldErrors()
			.stream()
			.sorted(byPlace)
			.map((error) -> new Item(input(error.getField()).replace("[", "").replace("]", ""),
					messages.getMessage(error, locale)))
			.toList();
	}

	/** The input an error is about: a field's name, or a list's path. */
	static String input(String field) {
		Matcher value = VALUE.matcher(field);
		return value.matches() ? value.group(1) : field;
	}

	private static int place(List<String> fieldOrder, String field) {
		Matcher matcher = ROW.matcher(input(field));
		int index = matcher.find() ? fieldOrder.indexOf(matcher.group(1)) : -1;
		return (index >= 0) ? index : fieldOrder.size();
	}

	private static int row(String field) {
		Matcher matcher = ROW.matcher(field);
		return (matcher.find() && matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : -1;
	}

}
