package com.careercompare.occupation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One of an occupation's skills, with the share of postings that ask for it when known. */
@Embeddable
class SkillShare {

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "skill_id")
	private Skill skill;

	@Column(name = "share_pct")
	private Integer sharePct;

	protected SkillShare() {
	}

	Skill getSkill() {
		return this.skill;
	}

	Integer getSharePct() {
		return this.sharePct;
	}

}
