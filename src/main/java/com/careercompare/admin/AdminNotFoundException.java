package com.careercompare.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An admin page about an admin account that does not exist. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AdminNotFoundException extends RuntimeException {

	AdminNotFoundException() {
		super("No such admin");
	}

}
