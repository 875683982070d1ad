package com.careercompare.api;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document as the API answers, so that a contract test can hold every response
 * to it: every property of the API's objects is always written (unknown as {@code null},
 * which each nullable property's type allows), and every operation's errors are problem
 * details ({@code application/problem+json}), besides its 304 to a current copy.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	/** Java types the API writes as {@code null} when unknown. */
	private static final Set<String> NULLABLE = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Boolean",
			"java.math.BigDecimal", "java.lang.String", "java.time.LocalDate", "java.time.Instant");

	private static final String PROBLEM = "Problem";

	@Bean
	PropertyCustomizer nullableProperties() {
		return (property, type) -> {
			if (property != null && property.get$ref() == null && NULLABLE.contains(typeName(type.getType()))) {
				if (property.getTypes() != null && !property.getTypes().contains("null")) {
					property.addType("null");
					if (property.getEnum() != null) {
						property.getEnum().add(null);
					}
				}
			}
			return property;
		};
	}

	@Bean
	OpenApiCustomizer problemsAndRequiredProperties() {
		return (openApi) -> {
			Map<String, Schema> schemas = openApi.getComponents().getSchemas();
			for (Schema<?> schema : schemas.values()) {
				if (schema.getProperties() != null) {
					schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
				}
			}
			schemas.put(PROBLEM, new ObjectSchema().description("An RFC 9457 problem detail")
				.addProperty("type", new StringSchema())
				.addProperty("title", new StringSchema())
				.addProperty("status", new IntegerSchema())
				.addProperty("detail", new StringSchema())
				.addProperty("instance", new StringSchema())
				.required(java.util.List.of("type", "title", "status", "detail")));
			for (PathItem path : openApi.getPaths().values()) {
				Operation get = path.getGet();
				if (get == null) {
					continue;
				}
				ApiResponses responses = get.getResponses();
				responses.keySet().removeIf((status) -> !status.startsWith("2"));
				responses.addApiResponse("304", new ApiResponse().description("The copy the client has is current"));
				if (get.getDescription() != null && get.getDescription().contains("301")) {
					responses.addApiResponse("301", new ApiResponse().description("Moved: see the Location header"));
				}
				responses.addApiResponse("400", problem("A parameter the API cannot read"));
				responses.addApiResponse("404", problem("Nothing at this address"));
				responses.addApiResponse("503", problem("The data cannot be read just now; try again in a minute"));
			}
		};
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	/** The Java type's name, whether swagger passes a class or a type of its own (Jackson's). */
	private static String typeName(java.lang.reflect.Type type) {
		String name = type.getTypeName();
		if (name.startsWith("[simple type, class ")) {
			return name.substring("[simple type, class ".length(), name.length() - 1);
		}
		return name;
	}

}
