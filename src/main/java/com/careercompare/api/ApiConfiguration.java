package com.careercompare.api;

import com.careercompare.occupation.CatalogVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springdoc.core.utils.SpringDocUtils;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The API is read-only and public: GET from any origin (CORS), and its OpenAPI document's description. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

	static {
		// the catalog version a request is answered for is resolved by the site, not sent by the client
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CatalogVersion.class);
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping(ApiPaths.PREFIX + "/**").allowedOrigins("*").allowedMethods("GET", "HEAD").maxAge(86400);
	}

	/**
	 * An address the security firewall refuses (an encoded "%", a "//"): under the API a
	 * problem detail, elsewhere the site's 400 page, as before.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> {
			if (request.getRequestURI().startsWith(ApiPaths.PREFIX + "/")) {
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				// refused before the security headers are written
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"Bad request\",\"status\":400,"
							+ "\"detail\":\"The address holds characters the site does not accept.\"}");
			}
			else {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
		};
	}

	@Bean
	OpenAPI careerCompareApi() {
		return new OpenAPI().info(new Info().title("Career Compare API")
			.version("1")
			.description("Read-only JSON for the occupations Career Compare shows: every fact typed, comparisons "
					+ "of two to four occupations with their differences and skills in common, and search by title. "
					+ "Responses carry an ETag and may be kept by shared caches for a minute; errors are RFC 9457 "
					+ "problem details.")
			.license(new License().name("Figures as published by their sources")));
	}

}
