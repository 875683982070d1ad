package com.careercompare.web;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/**
 * Text typed into a form, as the site keeps it: trimmed, blank as {@code null}, line breaks
 * as {@code \n}, and no control characters (a NUL byte cannot even be stored in
 * PostgreSQL). Register it for {@code String} in a controller's {@code @InitBinder}.
 */
public final class FormText extends PropertyEditorSupport {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

	/** The text as kept: {@code null} when nothing but spaces and control characters was typed. */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		String kept = CONTROL.matcher(LINE_BREAK.matcher(text).replaceAll("\n")).replaceAll("").strip();
		return kept.isEmpty() ? null : kept;
	}

	@Override
	public void setAsText(String text) {
		setValue(clean(text));
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return (value != null) ? value.toString() : "";
	}

}
