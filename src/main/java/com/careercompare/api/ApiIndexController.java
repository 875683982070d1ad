package com.careercompare.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's root names what it offers; any other address under it is a 404 problem, not an HTML page. */
@RestController
@Hidden
class ApiIndexController {

	@GetMapping(path = ApiPaths.PREFIX, produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, String> index() {
		return Map.of("occupations", ApiPaths.PREFIX + "/occupations", "search", ApiPaths.PREFIX + "/search?q=",
				"comparisons", ApiPaths.PREFIX + "/comparisons/{a}-vs-{b}", "openapi", "/v3/api-docs", "documentation",
				"/swagger-ui/index.html");
	}

	@GetMapping(ApiPaths.PREFIX + "/**")
	Object unknown() {
		throw ApiException.notFound("Not found",
				"There is nothing at this address. The API's documentation is at /swagger-ui/index.html.");
	}

}
