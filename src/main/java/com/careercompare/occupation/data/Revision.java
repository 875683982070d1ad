package com.careercompare.occupation.data;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change to the catalog, as Envers records it: when, and which admin made it. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionAuthor.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	private Instant changedAt;

	/** The admin's username, or a description of who else made the change (the seed). */
	private String changedBy;

	private String note;

	protected Revision() {
	}

	public Long getId() {
		return this.id;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public void setChangedBy(String changedBy) {
		this.changedBy = changedBy;
	}

	/** What the change was, when more than an admin's save: an import names its file. */
	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
