package com.careercompare.occupation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.careercompare.occupation.data.Occupation;
import com.careercompare.text.Figures;
import com.careercompare.text.TypedFigures;

/**
 * One fact of an occupation that is stored as a single value and typed into one input of
 * the admin form: its name (the input's and the export's), its label, where the form shows
 * it, how the value is typed and written, the rules it must meet, and where the occupation
 * keeps it. Declared once each in {@link Fields}; the form, its checks, the error summary's
 * order, the history and the conflict table all read these declarations.
 *
 * @param <T> the value's type: {@code String}, {@code Integer} or {@code BigDecimal}
 */
public final class Field<T> {

	/** The parts of the admin form, in page order. */
	public enum Section {

		ABOUT("about", "The occupation"), OVERVIEW("overview", "Overview"), SALARY("salary", "Salary"),
		EDUCATION("education", "Education"), DEMOGRAPHICS("demographics", "Demographics"),
		SOURCE("figures-source", "Source of the figures");

		private final String id;

		private final String legend;

		Section(String id, String legend) {
			this.id = id;
			this.legend = legend;
		}

		public String id() {
			return this.id;
		}

		public String legend() {
			return this.legend;
		}

	}

	/**
	 * How a value is typed and written: read from what was typed (or {@code null} when it is
	 * not understood), and written the way the pages write it, which reads back unchanged.
	 */
	record Type<T>(Function<String, T> read, Function<T, String> write, boolean numeric) {

		T readOrNull(String text) {
			try {
				return this.read.apply(text);
			}
			catch (IllegalArgumentException | ArithmeticException ex) {
				return null;
			}
		}

	}

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern WHOLE = Pattern.compile("[-+]?\\d{1,9}");

	static final Type<String> TEXT = new Type<>(Function.identity(), Function.identity(), false);

	/** A name: runs of spaces become one, so that names compare as people read them. */
	static final Type<String> NAME = new Type<>((text) -> SPACES.matcher(text.strip()).replaceAll(" "),
			Function.identity(), false);

	static final Type<Integer> DOLLARS = new Type<>((text) -> TypedFigures.whole(TypedFigures.dollars(text)),
			(value) -> Figures.dollars(value), true);

	static final Type<Integer> PERCENT = new Type<>((text) -> TypedFigures.whole(TypedFigures.percent(text)),
			(value) -> value + "%", true);

	/** A count; a minus sign is understood, so that the rules can say a count cannot be negative. */
	static final Type<Integer> COUNT = new Type<>((text) -> text.strip().startsWith("-")
			? -TypedFigures.whole(TypedFigures.count(text.strip().substring(1)))
			: TypedFigures.whole(TypedFigures.count(text)), (value) -> Figures.count(value), true);

	static final Type<Integer> WHOLE_NUMBER = new Type<>((text) -> {
		if (!WHOLE.matcher(text.strip()).matches()) {
			throw new IllegalArgumentException("Not a whole number");
		}
		return Integer.valueOf(text.strip().replace("+", ""));
	}, String::valueOf, true);

	static final Type<BigDecimal> DECIMAL = new Type<>((text) -> new BigDecimal(text.strip()),
			BigDecimal::toPlainString, true);

	/** A day, written as ISO 8601 does ({@code 2026-11-30}), as date inputs and spreadsheets read it. */
	static final Type<LocalDate> DATE = new Type<>((text) -> {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not a date", ex);
		}
	}, LocalDate::toString, false);

	/** A rule a value must meet, with the message shown beside the field when it does not. */
	private record Rule<T>(Predicate<T> holds, String message) {
	}

	private final String name;

	private final String label;

	private final String unit;

	private final String hint;

	private final Section section;

	private final int rows;

	private final Type<T> type;

	private final String notUnderstood;

	private final String required;

	private final List<Rule<T>> rules;

	private final Function<Occupation, T> get;

	private final BiConsumer<Occupation, T> set;

	private Field(Builder<T> builder) {
		this.name = builder.name;
		this.label = builder.label;
		this.unit = builder.unit;
		this.hint = builder.hint;
		this.section = builder.section;
		this.rows = builder.rows;
		this.type = builder.type;
		this.notUnderstood = builder.notUnderstood;
		this.required = builder.required;
		this.rules = List.copyOf(builder.rules);
		this.get = builder.get;
		this.set = builder.set;
	}

	static <T> Builder<T> of(Type<T> type, String name, String label) {
		return new Builder<>(type, name, label);
	}

	/** The name of the field's input in the admin form, and of its column in exports. */
	public String name() {
		return this.name;
	}

	/** The fact's name, as the history, the conflict table and the form's label say it. */
	public String label() {
		return this.label;
	}

	/** The label of the form's input: the fact's name and its unit, "Growth rate (%)". */
	public String inputLabel() {
		return (this.unit != null) ? this.label + " (" + this.unit + ")" : this.label;
	}

	/** What the form says under the label to help fill it in, or {@code null}. */
	public String hint() {
		return this.hint;
	}

	public Section section() {
		return this.section;
	}

	/** Whether the input is for a figure (a phone offers its number keys). */
	public boolean isNumeric() {
		return this.type.numeric();
	}

	/** The height of the text area the form shows for longer text; 0 for a one-line input. */
	public int rows() {
		return this.rows;
	}

	/** The value written as the form shows it, and as the history and the conflict table say it. */
	public String write(T value) {
		return (value != null) ? this.type.write().apply(value) : null;
	}

	/** Text as typed (already trimmed, {@code null} when blank) read as a value, or {@code null}. */
	public T read(String text) {
		return (text != null) ? this.type.readOrNull(text) : null;
	}

	/**
	 * What is wrong with text typed for this field, or nothing: not understood, missing when
	 * required, or breaking one of the field's rules, in that order.
	 */
	public Optional<String> problem(String text) {
		if (text == null) {
			return Optional.ofNullable(this.required);
		}
		T value = this.type.readOrNull(text);
		if (value == null) {
			return Optional.of(this.notUnderstood);
		}
		return this.rules.stream().filter((rule) -> !rule.holds().test(value)).map(Rule::message).findFirst();
	}

	/** Text typed for this field written the way the pages write it; as typed when not understood. */
	public String tidy(String text) {
		T value = read(text);
		return (value != null) ? write(value) : text;
	}

	T get(Occupation occupation) {
		return this.get.apply(occupation);
	}

	/** Whether saving copies this field onto the occupation as it is; other fields name a related record. */
	boolean isPlain() {
		return this.set != null;
	}

	void set(Occupation occupation, T value) {
		this.set.accept(occupation, value);
	}

	@Override
	public String toString() {
		return this.name;
	}

	static final class Builder<T> {

		private final Type<T> type;

		private final String name;

		private final String label;

		private String unit;

		private String hint;

		private Section section;

		private int rows;

		private String notUnderstood = "This value was not understood.";

		private String required;

		private final List<Rule<T>> rules = new ArrayList<>();

		private Function<Occupation, T> get;

		private BiConsumer<Occupation, T> set;

		private Builder(Type<T> type, String name, String label) {
			this.type = type;
			this.name = name;
			this.label = label;
		}

		Builder<T> in(Section section) {
			this.section = section;
			return this;
		}

		Builder<T> unit(String unit) {
			this.unit = unit;
			return this;
		}

		Builder<T> hint(String hint) {
			this.hint = hint;
			return this;
		}

		Builder<T> lines(int rows) {
			this.rows = rows;
			return this;
		}

		/** The message for text that cannot be read as this field's type. */
		Builder<T> typed(String message) {
			this.notUnderstood = message;
			return this;
		}

		Builder<T> required(String message) {
			this.required = message;
			return this;
		}

		Builder<T> rule(Predicate<T> holds, String message) {
			this.rules.add(new Rule<>(holds, message));
			return this;
		}

		Builder<T> maxLength(int length, String message) {
			return rule((value) -> value.toString().length() <= length, message);
		}

		/** Kept on the occupation under these accessors, and copied back as it is when saved. */
		Field<T> stored(Function<Occupation, T> get, BiConsumer<Occupation, T> set) {
			this.get = get;
			this.set = set;
			return new Field<>(this);
		}

		/** Read from the occupation; saving it takes more than a copy (a new address, a related record). */
		Field<T> read(Function<Occupation, T> get) {
			this.get = get;
			return new Field<>(this);
		}

	}

}
