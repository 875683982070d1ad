package com.careercompare.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's OpenAPI document ({@code /v3/api-docs}) as a contract: a response must be
 * one the document declares for its operation and status, with its content type, and its
 * body must match the declared schema (JSON Schema 2020-12, as OpenAPI 3.1 writes it,
 * checked by networknt's validator), with the document's components for references.
 */
public final class OpenApiContract {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final JsonNode document;

	private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

	private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

	public OpenApiContract(String document) {
		this.document = JSON.readTree(document);
		assertThat(this.document.get("openapi").asString()).startsWith("3.");
	}

	/** The paths the document declares, as written there ({@code /api/occupations/{slug}}). */
	public List<String> paths() {
		return this.document.get("paths").propertyNames().stream().toList();
	}

	/** Checks that this response to a GET of {@code path} (its query left out) is what the document declares. */
	public void assertMatches(String path, Http.Response response) {
		String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		String template = template(bare);
		JsonNode declared = this.document.get("paths").get(template).get("get").get("responses")
			.get(String.valueOf(response.status()));
		assertThat(declared).as("the document declares a %s for GET %s", response.status(), template).isNotNull();
		JsonNode content = declared.get("content");
		if (content == null) {
			assertThat(response.bytes()).as("no body for %s %s", response.status(), path).isEmpty();
			return;
		}
		String type = response.header("Content-Type");
		assertThat(type).as("the content type of %s", path).isNotNull();
		String mediaType = type.split(";")[0].strip();
		JsonNode media = content.get(mediaType);
		assertThat(media).as("%s declared for %s %s", mediaType, response.status(), template).isNotNull();
		Schema schema = this.schemas.computeIfAbsent(template + " " + response.status() + " " + mediaType,
				(key) -> schema(media.get("schema")));
		List<Error> errors = schema.validate(JSON.readTree(response.body()));
		assertThat(errors).as("%s %s against the OpenAPI document", response.status(), path).isEmpty();
	}

	/** The document's path template that a concrete path is an instance of. */
	private String template(String path) {
		for (String template : paths()) {
			String regex = "\\Q" + template.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
			if (Pattern.matches(regex, path)) {
				return template;
			}
		}
		throw new AssertionError("The OpenAPI document declares no path for " + path);
	}

	/** A standalone schema: the declared one, with the document's components beside it for its references. */
	private Schema schema(JsonNode declared) {
		ObjectNode root = JSON.createObjectNode();
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		root.setAll((ObjectNode) declared.deepCopy());
		root.set("components", this.document.get("components"));
		return this.registry.getSchema(root.toString());
	}

}
