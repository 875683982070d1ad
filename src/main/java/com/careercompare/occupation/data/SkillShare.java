package com.careercompare.occupation.data;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** One of an occupation's skills, with the share of postings that ask for it when known. */
@Embeddable
public class SkillShare {

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "skill_id")
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Skill skill;

	@Column(name = "share_pct")
	private Integer sharePct;

	protected SkillShare() {
	}

	public SkillShare(Skill skill, Integer sharePct) {
		this.skill = skill;
		this.sharePct = sharePct;
	}

	public Skill getSkill() {
		return this.skill;
	}

	public Integer getSharePct() {
		return this.sharePct;
	}

	/** Equal when for the same skill with the same share: how Envers tells list entries apart. */
	@Override
	public boolean equals(Object other) {
		return other instanceof SkillShare that && Objects.equals(this.skill.getId(), that.skill.getId())
				&& Objects.equals(this.sharePct, that.sharePct);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.skill.getId(), this.sharePct);
	}

}
