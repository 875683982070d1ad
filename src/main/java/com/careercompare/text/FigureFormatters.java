package com.careercompare.text;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

/**
 * Binds form fields annotated {@link Percent} (the rows of demographic shares; the
 * occupation's own fields are read by their declarations): typed text is read by
 * {@link TypedFigures}, and a value is shown in the form the way the pages write it, so that
 * it reads back unchanged. Text that is not understood is a binding error
 * ({@code typeMismatch}), which the form shows beside the field with the text kept.
 */
public final class FigureFormatters {

	private FigureFormatters() {
	}

	public static void register(FormatterRegistry registry) {
		registry.addFormatterForFieldAnnotation(new PercentFactory());
	}

	// Spring finds which annotation a factory is for from its class's type argument, so
	// an annotation needs a class of its own.

	private static final class PercentFactory extends Factory<Percent> {

		PercentFactory() {
			super(Percent.class, TypedFigures::percent, (value) -> value.toPlainString() + "%");
		}

	}

	private abstract static class Factory<A extends Annotation> implements AnnotationFormatterFactory<A> {

		private final Class<A> annotation;

		private final Function<String, BigDecimal> read;

		private final Function<BigDecimal, String> write;

		Factory(Class<A> annotation, Function<String, BigDecimal> read, Function<BigDecimal, String> write) {
			this.annotation = annotation;
			this.read = read;
			this.write = write;
		}

		@Override
		public Set<Class<?>> getFieldTypes() {
			return Set.of(Integer.class, BigDecimal.class);
		}

		@Override
		public Printer<?> getPrinter(A annotation, Class<?> fieldType) {
			return formatter(fieldType);
		}

		@Override
		public Parser<?> getParser(A annotation, Class<?> fieldType) {
			return formatter(fieldType);
		}

		private Formatter<Object> formatter(Class<?> fieldType) {
			boolean whole = fieldType == Integer.class;
			return new Formatter<>() {

				@Override
				public String print(Object value, Locale locale) {
					BigDecimal number = (value instanceof BigDecimal decimal) ? decimal
							: BigDecimal.valueOf(((Number) value).longValue());
					return Factory.this.write.apply(number);
				}

				@Override
				public Object parse(String text, Locale locale) {
					BigDecimal value = Factory.this.read.apply(text);
					return whole ? TypedFigures.whole(value) : value;
				}

			};
		}

		@Override
		public String toString() {
			return "@" + this.annotation.getSimpleName() + " figures";
		}

	}

}
