package com.careercompare.web;

import java.util.Random;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CRC of a text from its pieces' CRCs is the CRC of the whole text. */
class Crc32Test {

	@Test
	void theCrcsOfTwoPiecesCombineIntoTheCrcOfBoth() {
		Random random = new Random(5);
		for (int round = 0; round < 200; round++) {
			byte[] first = new byte[random.nextInt(3000)];
			byte[] second = new byte[(round % 10 == 0) ? random.nextInt(200_000) : random.nextInt(3000)];
			random.nextBytes(first);
			random.nextBytes(second);
			CRC32 whole = new CRC32();
			whole.update(first);
			whole.update(second);

			int combined = Crc32.combine(crc(first), crc(second), Crc32.shift(second.length));

			assertThat(combined).isEqualTo((int) whole.getValue());
		}
	}

	private static int crc(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return (int) crc.getValue();
	}

}
