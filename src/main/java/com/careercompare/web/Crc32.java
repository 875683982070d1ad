package com.careercompare.web;

/**
 * CRC-32 (the gzip one) of a text from the CRCs of its pieces, as zlib's
 * {@code crc32_combine} works it out: appending {@code n} bytes whose CRC is {@code c} to a
 * text whose CRC is {@code a} gives {@code a * x^(8n) + c} modulo the CRC's polynomial. So a
 * page's CRC comes from its pieces' without reading their bytes again.
 */
final class Crc32 {

	/** The polynomial, reflected, as gzip uses it. */
	private static final int POLYNOMIAL = 0xedb88320;

	/** x^(2^k) modulo the polynomial, for k = 0..31 (as zlib's {@code x2n_table}). */
	private static final int[] POWERS = new int[32];

	static {
		int p = 1 << 30; // x^1
		POWERS[0] = p;
		for (int k = 1; k < POWERS.length; k++) {
			p = multiply(p, p);
			POWERS[k] = p;
		}
	}

	private Crc32() {
	}

	/**
	 * {@link #shift} of each value of each byte of a length: {@code SHIFTS[k][b]} for a length
	 * of {@code b << 8k}, so that a shift takes a multiplication per byte of the length
	 * rather than one per bit.
	 */
	private static final int[][] SHIFTS = new int[4][256];

	static {
		for (int k = 0; k < SHIFTS.length; k++) {
			for (int b = 0; b < 256; b++) {
				SHIFTS[k][b] = shiftBitByBit((long) b << (8 * k));
			}
		}
	}

	/** Below this many bytes, a shift is looked up whole: most of a page's own values are short. */
	private static final int SHORT = 4096;

	/** {@link #shift} of each length below {@link #SHORT}. */
	private static final int[] SHORT_SHIFTS = new int[SHORT];

	static {
		for (int n = 0; n < SHORT; n++) {
			SHORT_SHIFTS[n] = shiftByBytes(n);
		}
	}

	/** What appending {@code bytes} bytes (fewer than 2^32) does to the CRC before them: x^(8 bytes) modulo the polynomial. */
	static int shift(long bytes) {
		return (bytes < SHORT) ? SHORT_SHIFTS[(int) bytes] : shiftByBytes(bytes);
	}

	private static int shiftByBytes(long bytes) {
		int p = 1 << 31; // x^0
		for (int k = 0; k < SHIFTS.length; k++) {
			int b = (int) (bytes >>> (8 * k)) & 0xff;
			if (b != 0) {
				p = multiply(SHIFTS[k][b], p);
			}
		}
		return p;
	}

	private static int shiftBitByBit(long bytes) {
		int p = 1 << 31;
		int k = 3; // 8 = 2^3 bits a byte
		for (long n = bytes; n != 0; n >>>= 1, k++) {
			if ((n & 1) != 0) {
				p = multiply(POWERS[k & 31], p);
			}
		}
		return p;
	}

	/** The CRC of a text with CRC {@code first}, followed by one with CRC {@code second} and {@link #shift} {@code secondShift}. */
	static int combine(int first, int second, int secondShift) {
		return multiply(secondShift, first) ^ second;
	}

	/**
	 * a times b modulo the polynomial, both reflected (x^0 is the top bit). Without branches:
	 * which bits of a page's CRC are set cannot be predicted. With the table of short shifts,
	 * putting a 33 KB page of 164 parts together went from 17-19 to 15 us
	 * ({@code src/test/bench/PageBodyCost.java}).
	 */
	private static int multiply(int a, int b) {
		int p = 0;
		for (int bit = 31; bit >= 0; bit--) {
			p ^= b & -((a >>> bit) & 1);
			b = (b >>> 1) ^ (POLYNOMIAL & -(b & 1));
		}
		return p;
	}

}
