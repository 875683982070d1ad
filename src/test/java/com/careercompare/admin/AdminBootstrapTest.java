package com.careercompare.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** The first admin at startup: from the environment, or with a password generated and shown once. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

	private final AdminAccounts accounts = mock(AdminAccounts.class);

	@Test
	void withoutThePasswordVariableAStrongPasswordIsGeneratedAndShownOnce(CapturedOutput output) {
		given(this.accounts.addFirst(anyString(), anyString())).willReturn(true);

		new AdminBootstrap(this.accounts, "", "").run(null);

		ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
		verify(this.accounts).addFirst(eq("admin"), password.capture());
		assertThat(password.getValue()).hasSize(24).matches("[A-Za-z0-9_-]+");
		Matcher shown = Pattern.compile("password: (\\S+)").matcher(output.getAll());
		assertThat(shown.find()).isTrue();
		assertThat(shown.group(1)).isEqualTo(password.getValue());
		assertThat(shown.find()).as("shown once").isFalse();
	}

	@Test
	void generatedPasswordsDiffer() {
		assertThat(AdminBootstrap.generatePassword()).isNotEqualTo(AdminBootstrap.generatePassword());
	}

	@Test
	void theVariablesMakeTheFirstAdminAndThePasswordIsNeverLogged(CapturedOutput output) {
		given(this.accounts.addFirst(anyString(), anyString())).willReturn(true);

		new AdminBootstrap(this.accounts, " alice ", "correct horse battery").run(null);

		verify(this.accounts).addFirst("alice", "correct horse battery");
		assertThat(output.getAll()).contains("Created the first admin, 'alice'").doesNotContain("correct horse battery");
	}

	@Test
	void aWeakPasswordVariableStopsTheStartWithTheReason() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new AdminBootstrap(this.accounts, "alice", "admin").run(null))
			.withMessage("ADMIN_PASSWORD is not a password the site accepts: Use at least 12 characters.");
		verify(this.accounts, never()).addFirst(anyString(), anyString());
	}

	@Test
	void aBadUsernameVariableStopsTheStartWithTheReason() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new AdminBootstrap(this.accounts, "not valid!", "correct horse battery").run(null))
			.withMessageStartingWith("ADMIN_USERNAME is not a username the site accepts");
	}

	@Test
	void onceAnAdminExistsTheVariablesAreNotUsed(CapturedOutput output) {
		given(this.accounts.exists()).willReturn(true);

		new AdminBootstrap(this.accounts, "alice", "correct horse battery").run(null);

		verify(this.accounts, never()).addFirst(anyString(), anyString());
		assertThat(output.getAll()).contains("ADMIN_USERNAME and ADMIN_PASSWORD are not used");
	}

}
