package com.careercompare.occupation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careercompare.occupation.DemographicGroup.Dimension;

import org.springframework.stereotype.Component;

/**
 * The gender and race groups that demographic shares are given for: fixed rows of the
 * schema, read once at startup, genders first and each dimension in the pages' order.
 */
@Component
class DemographicGroups {

	record Group(int id, Dimension dimension, String name) {
	}

	private final List<Group> all;

	private final Map<Integer, Group> byId = new LinkedHashMap<>();

	DemographicGroups(DemographicGroupRepository repository) {
		this.all = repository.findAllByOrderByDimensionAscPositionAsc()
			.stream()
			.map((group) -> new Group(group.getId(), group.getDimension(), group.getName()))
			.toList();
		this.all.forEach((group) -> this.byId.put(group.id(), group));
	}

	List<Group> all() {
		return this.all;
	}

	List<Group> of(Dimension dimension) {
		return this.all.stream().filter((group) -> group.dimension() == dimension).toList();
	}

	/** The group with this id, or {@code null}. */
	Group get(Integer id) {
		return (id != null) ? this.byId.get(id) : null;
	}

	/** Each group's name by id, in order. */
	Map<Integer, String> names() {
		Map<Integer, String> names = new LinkedHashMap<>();
		this.all.forEach((group) -> names.put(group.id(), group.name()));
		return names;
	}

}
