package com.careercompare.admin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery", "twelve chars", "ééééééééééééé", "      spaces count" })
	void passwordsOfTwelveCharactersAndUpToSeventyTwoBytesAreAccepted(String password) {
		assertThat(PasswordPolicy.checkPassword(password, "alice")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			eleven char       | Use at least 12 characters.
			''                | Use at least 12 characters.
			AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | Use at most 72 bytes (72 plain letters, fewer accented ones).
			alice-the-admin   | The password must not be the username.
			""")
	void weakOrUnusablePasswordsAreRefusedWithAReason(String password, String reason) {
		assertThat(PasswordPolicy.checkPassword(password, "Alice-the-Admin")).contains(reason);
	}

	@ParameterizedTest
	@ValueSource(strings = { "alice", "a.b-c_d@e", "A1" })
	void usernamesAreSimple(String username) {
		assertThat(PasswordPolicy.checkUsername(username)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "bad name", "<script>", "名前", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
	void otherUsernamesAreRefused(String username) {
		assertThat(PasswordPolicy.checkUsername(username)).isPresent();
	}

}
