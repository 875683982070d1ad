package com.careercompare.occupation.data;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each {@link Revision} with the signed-in admin who saved it. */
public class RevisionAuthor implements RevisionListener {

	/** Who a change made outside a signed-in request is put down to. */
	static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revision) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		((Revision) revision).setChangedBy((authentication != null && authentication.isAuthenticated())
				? authentication.getName() : SYSTEM);
	}

}
