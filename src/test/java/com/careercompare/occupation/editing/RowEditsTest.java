package com.careercompare.occupation.editing;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RowEditsTest {

	private final OccupationForm form = new OccupationForm();

	RowEditsTest() {
		this.form.setResponsibilities(new ArrayList<>(List.of("a", "b", "c")));
	}

	@Test
	void rowsMoveUpAndDown() {
		assertThat(RowEdits.apply(this.form, "responsibilities:up:2")).isTrue();
		assertThat(this.form.getResponsibilities()).containsExactly("a", "c", "b");
		assertThat(RowEdits.apply(this.form, "responsibilities:down:0")).isTrue();
		assertThat(this.form.getResponsibilities()).containsExactly("c", "a", "b");
	}

	@Test
	void rowsAreAddedAtTheEndAndRemovedWherever() {
		assertThat(RowEdits.apply(this.form, "responsibilities:add")).isTrue();
		assertThat(this.form.getResponsibilities()).containsExactly("a", "b", "c", null);
		assertThat(RowEdits.apply(this.form, "responsibilities:remove:1")).isTrue();
		assertThat(this.form.getResponsibilities()).containsExactly("a", "c", null);
	}

	@Test
	void skillRowsAreAddedBlank() {
		assertThat(RowEdits.apply(this.form, "skills:add")).isTrue();
		assertThat(this.form.getSkills()).hasSize(1);
		assertThat(this.form.getSkills().get(0).getName()).isNull();
	}

	@Test
	void aListKeepsToItsMostRows() {
		for (int i = 0; i < OccupationForm.MAX_ROWS; i++) {
			RowEdits.apply(this.form, "alternateTitles:add");
		}
		assertThat(RowEdits.apply(this.form, "alternateTitles:add")).isFalse();
		assertThat(this.form.getAlternateTitles()).hasSize(OccupationForm.MAX_ROWS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "responsibilities", "responsibilities:up:0", "responsibilities:down:2",
			"responsibilities:remove:3", "responsibilities:remove:-1", "responsibilities:up:x", "title:add",
			"responsibilities:shuffle:1", "responsibilities:add:1", "responsibilities:up:1:2" })
	void commandsTheFormDoesNotOfferChangeNothing(String command) {
		assertThat(RowEdits.apply(this.form, command)).isFalse();
		assertThat(this.form.getResponsibilities()).containsExactly("a", "b", "c");
	}

}
