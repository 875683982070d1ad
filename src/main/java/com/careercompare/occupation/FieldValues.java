package com.careercompare.occupation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import com.careercompare.occupation.data.Occupation;

/**
 * The values of an occupation's {@link Fields}, unknown ones left out: as saved, as a
 * revision in the history had them, or as an admin's form gives them.
 */
public final class FieldValues {

	private final Map<Field<?>, Object> values;

	private FieldValues(Map<Field<?>, Object> values) {
		this.values = values;
	}

	/** The value, or {@code null} when unknown. */
	@SuppressWarnings("unchecked")
	public <T> T get(Field<T> field) {
		return (T) this.values.get(field);
	}

	/** How many fields have a known value. */
	public int size() {
		return this.values.size();
	}

	public static Builder builder() {
		return new Builder();
	}

	static FieldValues of(Occupation occupation) {
		Builder builder = builder();
		for (Field<?> field : Fields.ALL) {
			builder.values.put(field, field.get(occupation));
		}
		return builder.build();
	}

	/** Copies each plain field's value onto the occupation. */
	@SuppressWarnings("unchecked")
	void applyTo(Occupation occupation) {
		for (Field<?> field : Fields.ALL) {
			if (field.isPlain()) {
				((Field<Object>) field).set(occupation, this.values.get(field));
			}
		}
	}

	/** A number without trailing zeros, so that 4.00 and 4 are equal values. */
	static BigDecimal plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof FieldValues that && this.values.equals(that.values);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	public static final class Builder {

		private final Map<Field<?>, Object> values = new HashMap<>();

		private Builder() {
		}

		public <T> Builder with(Field<T> field, T value) {
			this.values.put(field, value);
			return this;
		}

		public FieldValues build() {
			Map<Field<?>, Object> known = new HashMap<>();
			this.values.forEach((field, value) -> {
				if (value != null) {
					known.put(field, (value instanceof BigDecimal decimal) ? plain(decimal) : value);
				}
			});
			return new FieldValues(Map.copyOf(known));
		}

	}

}
