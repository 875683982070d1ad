package com.careercompare.web;

import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Whether a page was asked for lately: a fixed table of the fingerprints of the addresses
 * asked for, each address in one place of it, where a later address may take its place. So
 * "asked before" means asked among about the last {@value #SIZE} different addresses, in a
 * fixed 256 KB whatever the number of pages. Addresses of the same hash code count as one,
 * which at worst keeps a page asked for once.
 */
final class RecentRequests {

	static final int SIZE = 1 << 16;

	private final AtomicIntegerArray fingerprints = new AtomicIntegerArray(SIZE);

	/** Whether the address was asked for lately; it counts as asked from now on. */
	boolean askedBefore(String address) {
		// spread the hash, then take the place from its high bits and the fingerprint from all of it
		int hash = address.hashCode() * 0x9E3779B9;
		int place = hash >>> (Integer.SIZE - Integer.numberOfTrailingZeros(SIZE));
		int fingerprint = (hash == 0) ? 1 : hash;
		if (this.fingerprints.get(place) == fingerprint) {
			return true;
		}
		this.fingerprints.set(place, fingerprint);
		return false;
	}

}
