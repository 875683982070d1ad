package com.careercompare.admin;

import java.beans.PropertyEditorSupport;
import java.util.Objects;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An admin's own password, and the list of admins: adding one, removing one (never the last). */
@Controller
class AccountController {

	static final String PASSWORD = "/admin/password";

	static final String ADMINS = "/admin/admins";

	private final AdminAccounts accounts;

	AccountController(AdminAccounts accounts) {
		this.accounts = accounts;
	}

	/** Passwords are taken exactly as typed: spaces count. */
	@InitBinder
	void passwordsAsTyped(WebDataBinder binder) {
		PropertyEditorSupport asTyped = new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(text);
			}

		};
		for (String field : new String[] { "currentPassword", "newPassword", "password", "confirmPassword" }) {
			binder.registerCustomEditor(String.class, field, asTyped);
		}
	}

	@GetMapping(PASSWORD)
	String password(Model model) {
		model.addAttribute("passwordForm", new PasswordForm());
		return "admin/password";
	}

	@PostMapping(PASSWORD)
	String changePassword(@ModelAttribute PasswordForm passwordForm, BindingResult result, Authentication signedIn,
			HttpSession session, RedirectAttributes redirect) {
		String username = signedIn.getName();
		if (passwordForm.getCurrentPassword() == null || passwordForm.getCurrentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "required", "Enter your current password.");
		}
		else if (!this.accounts.isPassword(username, passwordForm.getCurrentPassword())) {
			result.rejectValue("currentPassword", "wrong", "That is not your current password.");
		}
		checkNewPassword(passwordForm.getNewPassword(), passwordForm.getConfirmPassword(), username, "newPassword",
				result);
		if (result.hasErrors()) {
			clearPasswords(passwordForm);
			return "admin/password";
		}
		this.accounts.changePassword(username, passwordForm.getNewPassword(), session.getId());
		redirect.addFlashAttribute("saved", "Your password was changed. Any other sessions of yours were signed out.");
		return "redirect:/admin";
	}

	@GetMapping(ADMINS)
	String admins(Model model) {
		NewAdminForm form = new NewAdminForm();
		model.addAttribute("newAdminForm", form);
		return admins(model, form);
	}

	@PostMapping(ADMINS)
	String addAdmin(@ModelAttribute NewAdminForm newAdminForm, BindingResult result, Authentication signedIn,
			Model model, RedirectAttributes redirect) {
		String username = newAdminForm.getUsername();
		PasswordPolicy.checkUsername(username)
			.ifPresent((problem) -> result.rejectValue("username", "invalid", problem));
		checkNewPassword(newAdminForm.getPassword(), newAdminForm.getConfirmPassword(), username, "password", result);
		if (!result.hasErrors() && !this.accounts.add(username, newAdminForm.getPassword(), signedIn.getName())) {
			result.rejectValue("username", "taken", "There is already an admin with this username.");
		}
		if (result.hasErrors()) {
			return admins(model, newAdminForm);
		}
		redirect.addFlashAttribute("saved", "Added " + username + " as an admin.");
		return "redirect:" + ADMINS;
	}

	@GetMapping(ADMINS + "/{username}/remove")
	String confirmRemove(@PathVariable String username, Authentication signedIn, Model model) {
		AdminAccounts.Admin admin = this.accounts.all()
			.stream()
			.filter((a) -> a.username().equals(username))
			.findFirst()
			.orElseThrow(AdminNotFoundException::new);
		model.addAttribute("admin", admin);
		model.addAttribute("self", admin.username().equals(signedIn.getName()));
		model.addAttribute("last", this.accounts.all().size() <= 1);
		return "admin/remove-admin";
	}

	@PostMapping(ADMINS + "/{username}/remove")
	String remove(@PathVariable String username, RedirectAttributes redirect) {
		switch (this.accounts.remove(username)) {
			case REMOVED -> redirect.addFlashAttribute("saved", "Removed " + username + ". Their sessions were ended.");
			case LAST_ADMIN -> redirect.addFlashAttribute("problem",
					"You cannot remove " + username + ": there must always be at least one admin.");
			case NOT_FOUND -> redirect.addFlashAttribute("problem", "There is no admin " + username + " any more.");
		}
		return "redirect:" + ADMINS;
	}

	private String admins(Model model, NewAdminForm form) {
		if (form.getPassword() != null) {
			form.setPassword(null);
			form.setConfirmPassword(null);
		}
		model.addAttribute("admins", this.accounts.all());
		return "admin/admins";
	}

	private static void checkNewPassword(String password, String confirmation, String username, String field,
			BindingResult result) {
		PasswordPolicy.checkPassword(password, username).ifPresent((problem) -> result.rejectValue(field, "weak", problem));
		if (!result.hasFieldErrors(field) && !Objects.equals(password, confirmation)) {
			result.rejectValue("confirmPassword", "mismatch", "The two passwords are not the same.");
		}
	}

	private static void clearPasswords(PasswordForm form) {
		form.setCurrentPassword(null);
		form.setNewPassword(null);
		form.setConfirmPassword(null);
	}

}
