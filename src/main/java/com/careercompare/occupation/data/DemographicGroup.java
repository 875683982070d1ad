package com.careercompare.occupation.data;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A gender or race/ethnicity group that demographic shares are given for. */
@Entity
@Table(name = "demographic_group")
public class DemographicGroup {

	public enum Dimension {

		GENDER, RACE

	}

	@Id
	private Integer id;

	@Enumerated(EnumType.STRING)
	private Dimension dimension;

	private String name;

	/** Where the group stands in the pages' lists. */
	private int position;

	protected DemographicGroup() {
	}

	public Integer getId() {
		return this.id;
	}

	public Dimension getDimension() {
		return this.dimension;
	}

	public String getName() {
		return this.name;
	}

	public int getPosition() {
		return this.position;
	}

}
