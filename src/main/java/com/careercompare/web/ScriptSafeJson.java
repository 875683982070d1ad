package com.careercompare.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.serializer.IStandardJavaScriptSerializer;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Values that templates inline into a script element (the structured data, with
 * {@code th:inline="javascript"}) as JSON that cannot end or disturb that element, whatever
 * text an admin typed: Thymeleaf escapes {@code /}, so {@code </script>} is harmless, and
 * this also writes {@code <}, {@code >} and {@code &} as {@code \u003c}, {@code \u003e} and
 * {@code \u0026}, so that {@code <!--} and {@code <script} cannot put the HTML parser into
 * its escaped states. In JSON these characters only occur inside strings, where the escapes
 * mean the same.
 */
public final class ScriptSafeJson implements IStandardJavaScriptSerializer {

	private final IStandardJavaScriptSerializer json = new StandardJavaScriptSerializer(true);

	/** Installs the serializer in the template engine's standard dialect, before its first use. */
	public static BeanPostProcessor installer() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.getDialects()
						.stream()
						.filter(StandardDialect.class::isInstance)
						.forEach((dialect) -> ((StandardDialect) dialect).setJavaScriptSerializer(new ScriptSafeJson()));
				}
				return bean;
			}

		};
	}

	/** The value as JSON that is safe inside a script element. */
	public String serialize(Object value) {
		StringWriter serialized = new StringWriter();
		this.json.serializeValue(value, serialized);
		return escape(serialized.toString());
	}

	@Override
	public void serializeValue(Object value, Writer writer) {
		StringWriter serialized = new StringWriter();
		this.json.serializeValue(value, serialized);
		try {
			writer.write(escape(serialized.toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String escape(String json) {
		StringBuilder out = new StringBuilder(json.length() + 16);
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			switch (c) {
				case '<' -> out.append("\\u003c");
				case '>' -> out.append("\\u003e");
				case '&' -> out.append("\\u0026");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
