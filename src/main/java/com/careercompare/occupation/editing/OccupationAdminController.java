package com.careercompare.occupation.editing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.careercompare.occupation.CatalogVersion;
import com.careercompare.occupation.Field;
import com.careercompare.occupation.Fields;
import com.careercompare.occupation.OccupationCatalog;
import com.careercompare.occupation.OccupationNotFoundException;
import com.careercompare.occupation.OccupationStore.Saved;
import com.careercompare.occupation.OccupationSummary;
import com.careercompare.occupation.editing.OccupationEditor.ConflictException;
import com.careercompare.occupation.editing.OccupationEditor.Editing;
import com.careercompare.occupation.editing.OccupationEditor.TitleTakenException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages for occupations: the list, new and edit forms, history, and deletion.
 * Forms that fail a check come back with a message beside each field and everything typed
 * kept; a save over someone else's comes back with what they saved, the admin's own input
 * still in the form. Saved changes show on the public pages at once.
 */
@Controller
class OccupationAdminController {

	static final String HOME = "/admin";

	/** How many of the latest changes the admin home page lists. */
	static final int RECENT_CHANGES = 15;

	private static final String FORM = "occupation";

	/** The form's inputs in the order the page shows them, for the error summary. */
	private static final List<String> INPUT_ORDER = FormFacts.inputOrder();

	private static final OccupationFormValidator RULES = new OccupationFormValidator();

	private final OccupationEditor editor;

	private final OccupationHistory history;

	private final OccupationCatalog catalog;

	private final SmartValidator validator;

	private final MessageSource messages;

	OccupationAdminController(OccupationEditor editor, OccupationHistory history, OccupationCatalog catalog,
			SmartValidator validator, MessageSource messages) {
		this.editor = editor;
		this.history = history;
		this.catalog = catalog;
		this.validator = validator;
		this.messages = messages;
	}

	/** Another admin's save that this form would have overwritten, field by field: theirs before, this form's after. */
	record Conflict(String changedBy, Instant changedAt, List<FieldChange> changes) {

		public FieldChange of(String input) {
			return this.changes.stream().filter((change) -> change.concerns(input)).findFirst().orElse(null);
		}

	}

	@GetMapping(HOME)
	String home(@RequestParam(name = "q", required = false) String filter, Model model, CatalogVersion version) {
		List<OccupationSummary> all = this.catalog.summaries(version);
		String query = (filter != null) ? filter.strip() : "";
		String lower = query.toLowerCase(Locale.ROOT);
		model.addAttribute("q", query);
		model.addAttribute("total", all.size());
		model.addAttribute("occupations",
				all.stream().filter((o) -> o.title().toLowerCase(Locale.ROOT).contains(lower)).toList());
		model.addAttribute("recentChanges", this.history.recent(RECENT_CHANGES));
		return "admin/home";
	}

	@GetMapping("/admin/occupations/new")
	String newOccupation(Model model) {
		return form(model, this.editor.newForm(), null, null, null);
	}

	@PostMapping("/admin/occupations/new")
	String create(@ModelAttribute(FORM) OccupationForm form, BindingResult result,
			@RequestParam(name = RowEdits.PARAMETER, required = false) String rows, Model model,
			RedirectAttributes redirect) {
		if (rows != null) {
			RowEdits.apply(form, rows);
			return form(model, form, null, null, result);
		}
		validate(form, null, result);
		if (result.hasErrors()) {
			return form(model, form, null, null, result);
		}
		try {
			Saved saved = this.editor.create(form);
			redirect.addFlashAttribute("saved", "Created " + saved.title() + ".");
			return "redirect:" + editPath(saved.slug());
		}
		catch (TitleTakenException ex) {
			result.rejectValue("title", "taken", "Another occupation was just given this title. Choose another.");
			return form(model, form, null, null, result);
		}
	}

	@GetMapping("/admin/occupations/{slug}")
	String edit(@PathVariable String slug, Model model) {
		Editing editing = find(slug);
		return form(model, editing.form(), editing, null, null);
	}

	@PostMapping("/admin/occupations/{slug}")
	String update(@PathVariable String slug, @ModelAttribute(FORM) OccupationForm form, BindingResult result,
			@RequestParam(name = RowEdits.PARAMETER, required = false) String rows, Model model,
			RedirectAttributes redirect, CatalogVersion version, HttpServletResponse response) {
		// renamed by someone else meanwhile: this is a conflict with the occupation under its new name
		Editing editing = this.editor.find(slug)
			.or(() -> this.catalog.renamedTo(version, slug).flatMap(this.editor::find))
			.orElse(null);
		if (editing == null) {
			// deleted meanwhile: keep the input, to be saved as a new occupation if wanted
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("deletedMeanwhile", true);
			return form(model, form, null, null, result);
		}
		if (rows != null) {
			RowEdits.apply(form, rows);
			return form(model, form, editing, null, result);
		}
		validate(form, slug, result);
		try {
			if (!Objects.equals(form.getVersion(), editing.form().getVersion())) {
				// saved by someone else since this form was opened: say so now, errors or not
				throw this.editor.conflict(editing.slug());
			}
			if (result.hasErrors()) {
				return form(model, form, editing, null, result);
			}
			Saved saved = this.editor.update(editing.slug(), form);
			redirect.addFlashAttribute("saved", saved.changed() ? "Saved " + saved.title() + "."
					: "Nothing was changed, so nothing was saved.");
			return "redirect:" + editPath(saved.slug());
		}
		catch (ConflictException ex) {
			Editing current = ex.current();
			Conflict conflict = new Conflict(ex.changedBy(), ex.changedAt(),
					this.editor.differences(current.form(), form));
			// saving again now replaces what they saved, knowingly
			form.setVersion(current.form().getVersion());
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return form(model, form, current, conflict, result);
		}
		catch (TitleTakenException ex) {
			result.rejectValue("title", "taken", "Another occupation was just given this title. Choose another.");
			return form(model, form, editing, null, result);
		}
	}

	@GetMapping("/admin/occupations/{slug}/history")
	String history(@PathVariable String slug, Model model) {
		Editing editing = find(slug);
		model.addAttribute("editing", editing);
		model.addAttribute("entries", this.history.of(slug).orElseThrow(() -> new OccupationNotFoundException(slug)));
		return "admin/history";
	}

	@GetMapping("/admin/occupations/{slug}/delete")
	String confirmDelete(@PathVariable String slug, Model model) {
		model.addAttribute("deletion",
				this.editor.deletion(slug).orElseThrow(() -> new OccupationNotFoundException(slug)));
		return "admin/delete";
	}

	@PostMapping("/admin/occupations/{slug}/delete")
	String delete(@PathVariable String slug, RedirectAttributes redirect) {
		Editing editing = find(slug);
		this.editor.delete(slug);
		redirect.addFlashAttribute("saved", "Deleted " + editing.title() + ".");
		return "redirect:" + HOME;
	}

	/**
	 * Each row's limits, each field's rules and those across fields, then those that need the
	 * database. What was typed is first written the way the pages write it, so that a figure
	 * refused for its range comes back as the pages would show it.
	 */
	private void validate(OccupationForm form, String editingSlug, BindingResult result) {
		form.tidy();
		this.validator.validate(form, result);
		RULES.validate(form, result);
		this.editor.check(form, editingSlug, result);
	}

	private Editing find(String slug) {
		return this.editor.find(slug).orElseThrow(() -> new OccupationNotFoundException(slug));
	}

	private String form(Model model, OccupationForm form, Editing editing, Conflict conflict, BindingResult result) {
		OccupationEditor.addBlankRows(form);
		if (result != null && result.hasFieldErrors()) {
			model.addAttribute("errorSummary",
					ErrorSummary.inOrder(result, INPUT_ORDER, this.messages, LocaleContextHolder.getLocale()));
		}
		model.addAttribute("sections", Field.Section.values());
		model.addAttribute("formFields", Fields.ALL);
		model.addAttribute(FORM, form);
		model.addAttribute("editing", editing);
		model.addAttribute("conflict", conflict);
		model.addAttribute("groupNames", this.editor.groupNames());
		model.addAttribute("categories", this.editor.categoryNames());
		model.addAttribute("action", (editing != null) ? editPath(editing.slug()) : "/admin/occupations/new");
		return "admin/occupation-form";
	}

	static String editPath(String slug) {
		return "/admin/occupations/" + slug;
	}

}
