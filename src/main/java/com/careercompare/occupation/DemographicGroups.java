package com.careercompare.occupation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careercompare.occupation.data.DemographicGroup.Dimension;
import com.careercompare.occupation.data.DemographicGroupRepository;

import org.springframework.stereotype.Component;

/**
 * The gender and race groups that demographic shares are given for: fixed rows of the
 * schema, read once at startup, genders first and each dimension in the pages' order.
 */
@Component
public class DemographicGroups {

	/**
	 * A group, with the list it is in: {@code gender} or {@code race}.
	 */
	public record Group(int id, String list, String name) {

		public boolean isGender() {
			return GENDER.equals(this.list);
		}

	}

	public static final String GENDER = "gender";

	public static final String RACE = "race";

	private final List<Group> all;

	private final Map<Integer, Group> byId = new LinkedHashMap<>();

	DemographicGroups(DemographicGroupRepository repository) {
		this.all = repository.findAllByOrderByDimensionAscPositionAsc()
			.stream()
			.map((group) -> new Group(group.getId(), (group.getDimension() == Dimension.GENDER) ? GENDER : RACE,
					group.getName()))
			.toList();
		this.all.forEach((group) -> this.byId.put(group.id(), group));
	}

	public List<Group> all() {
		return this.all;
	}

	List<Group> of(Dimension dimension) {
		return this.all.stream().filter((group) -> group.isGender() == (dimension == Dimension.GENDER)).toList();
	}

	/** The group with this id, or {@code null}. */
	public Group get(Integer id) {
		return (id != null) ? this.byId.get(id) : null;
	}

	/** Each group's name by id, in order. */
	public Map<Integer, String> names() {
		Map<Integer, String> names = new LinkedHashMap<>();
		this.all.forEach((group) -> names.put(group.id(), group.name()));
		return names;
	}

}
