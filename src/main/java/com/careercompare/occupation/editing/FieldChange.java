package com.careercompare.occupation.editing;

import java.util.List;

/**
 * One fact of an occupation before and after a change, as admins read it: each value as
 * lines of text (one for most facts, one per row for lists), empty when unknown.
 *
 * @param inputs the names of the form's inputs that hold this fact
 */
record FieldChange(String label, List<String> inputs, List<String> before, List<String> after) {

	public boolean concerns(String input) {
		return this.inputs.contains(input);
	}

}
