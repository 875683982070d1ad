package com.careercompare.occupation;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** The share of an occupation's workers in one demographic group. */
@Embeddable
class DemographicShare {

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "group_id")
	private DemographicGroup group;

	@Column(name = "share_pct")
	private BigDecimal sharePct;

	protected DemographicShare() {
	}

	DemographicGroup getGroup() {
		return this.group;
	}

	BigDecimal getSharePct() {
		return this.sharePct;
	}

}
