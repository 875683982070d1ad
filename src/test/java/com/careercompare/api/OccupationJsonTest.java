package com.careercompare.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.careercompare.occupation.Field;
import com.careercompare.occupation.Fields;
import com.careercompare.support.Profiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The API gives every fact the admin form and the catalog export know, under the same name. */
class OccupationJsonTest {

	/** The fields the API gives beside the facts: at the top (title...) or as the source. */
	private static final Set<String> OUTSIDE_FACTS = Set.of("title", "category", "description", "source",
			"sourceDate");

	@Test
	void everyFieldIsAFactOfTheApiUnderItsName() {
		JsonNode json = JsonMapper.shared()
			.valueToTree(OccupationJson.of(Profiles.profile("Collector", 34872, Profiles.months(6, 12), "Patients")));
		Set<String> facts = new HashSet<>(json.get("facts").propertyNames());
		List<String> fields = Fields.ALL.stream().map(Field::name).filter((name) -> !OUTSIDE_FACTS.contains(name)).toList();
		assertThat(facts).containsAll(fields);
		assertThat(facts).containsOnly(concat(fields, "hourlyRate").toArray(String[]::new));
		assertThat(json.get("facts").get("growthRatePct").isNull()).as("unknown is null").isTrue();
		assertThat(json.get("facts").get("hourlyRate").decimalValue()).isEqualByComparingTo("16.77");
		assertThat(json.get("source").propertyNames()).containsExactlyInAnyOrder("name", "asOf");
	}

	private static List<String> concat(List<String> names, String more) {
		List<String> all = new java.util.ArrayList<>(names);
		all.add(more);
		return all;
	}

}
