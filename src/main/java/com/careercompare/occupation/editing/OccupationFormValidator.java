package com.careercompare.occupation.editing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.careercompare.occupation.Field;
import com.careercompare.occupation.Fields;
import com.careercompare.occupation.Fields.Range;
import com.careercompare.occupation.editing.OccupationForm.SkillRow;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of the occupation form that need nothing but the form: each field's own (from
 * its {@link Field} declaration), then those that span several fields, each reported on the
 * field to correct. The rows' own limits are Bean Validation constraints on the form; the
 * rules that need the database are the editor's.
 */
final class OccupationFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return OccupationForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		OccupationForm form = (OccupationForm) target;
		for (Field<?> field : Fields.ALL) {
			field.problem(form.text(field)).ifPresent((message) -> errors.rejectValue(path(field), "field", message));
		}
		for (Range range : Fields.RANGES) {
			checkRange(form, range, errors);
		}
		Integer salary = form.value(Fields.YEARLY_SALARY);
		if (salary != null && isValid(Fields.YEARLY_SALARY, errors)) {
			Integer low = form.value(Fields.SALARY_RANGE_LOW);
			Integer high = form.value(Fields.SALARY_RANGE_HIGH);
			if (low != null && isValid(Fields.SALARY_RANGE_LOW, errors) && low > salary) {
				reject(errors, Fields.SALARY_RANGE_LOW, "The bottom of the range must not be above the average salary.");
			}
			if (high != null && isValid(Fields.SALARY_RANGE_HIGH, errors) && high < salary) {
				reject(errors, Fields.SALARY_RANGE_HIGH, "The top of the range must not be below the average salary.");
			}
		}
		requires(form, Fields.MOST_COMMON_DEGREE_PCT, Fields.MOST_COMMON_DEGREE, "Enter the degree this share is for.",
				errors);
		requires(form, Fields.BEST_PAYING_COMPANY_ABOUT, Fields.BEST_PAYING_COMPANY,
				"Enter the company this text is about.", errors);
		checkSkills(form, errors);
		checkTitles(form, errors);
	}

	/** The path of a field's input in the form, as errors name it. */
	static String path(Field<?> field) {
		return "values[" + field.name() + "]";
	}

	private static void checkRange(OccupationForm form, Range range, Errors errors) {
		if (!isValid(range.low(), errors) || !isValid(range.high(), errors)) {
			return;
		}
		Integer low = form.value(range.low());
		Integer high = form.value(range.high());
		if (low == null && high != null) {
			reject(errors, range.low(), range.bothOrNeither());
		}
		else if (low != null && high == null) {
			reject(errors, range.high(), range.bothOrNeither());
		}
		else if (low != null && low > high) {
			reject(errors, range.high(), range.order());
		}
	}

	/** Text in {@code field} needs something in {@code needed}. */
	private static void requires(OccupationForm form, Field<?> field, Field<?> needed, String message, Errors errors) {
		if (form.text(field) != null && form.text(needed) == null) {
			reject(errors, needed, message);
		}
	}

	private static void checkSkills(OccupationForm form, Errors errors) {
		Set<String> names = new HashSet<>();
		List<SkillRow> rows = form.getSkills();
		for (int i = 0; i < rows.size(); i++) {
			SkillRow row = rows.get(i);
			if (row.getName() == null) {
				if (row.getShare() != null) {
					errors.rejectValue("skills[" + i + "].name", "required", "Enter the skill this share is for.");
				}
			}
			else if (!names.add(OccupationForm.tidyName(row.getName()).toLowerCase(Locale.ROOT))) {
				errors.rejectValue("skills[" + i + "].name", "twice", "This skill is listed twice.");
			}
		}
	}

	private static void checkTitles(OccupationForm form, Errors errors) {
		String own = form.value(Fields.TITLE);
		Set<String> titles = new HashSet<>();
		if (own != null) {
			titles.add(own.toLowerCase(Locale.ROOT));
		}
		List<String> rows = form.getAlternateTitles();
		for (int i = 0; i < rows.size(); i++) {
			String title = OccupationForm.tidyName(rows.get(i));
			if (title != null && !titles.add(title.toLowerCase(Locale.ROOT))) {
				errors.rejectValue("alternateTitles[" + i + "]", "twice",
						(own != null && title.equalsIgnoreCase(own)) ? "This is the occupation's own title."
								: "This title is listed twice.");
			}
		}
	}

	private static boolean isValid(Field<?> field, Errors errors) {
		return !errors.hasFieldErrors(path(field));
	}

	private static void reject(Errors errors, Field<?> field, String message) {
		errors.rejectValue(path(field), "rule", message);
	}

}
