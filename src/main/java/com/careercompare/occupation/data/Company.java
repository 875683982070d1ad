package com.careercompare.occupation.data;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * An employer, named as the best paying company of one or more occupations. Audited,
 * since admins may change what the pages say {@link #getAbout() about} it.
 */
@Entity
@Table(name = "company")
@Audited
public class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	/** What a source page says about the company, if anything. */
	private String about;

	protected Company() {
	}

	public Company(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getAbout() {
		return this.about;
	}

	public void setAbout(String about) {
		this.about = about;
	}

}
