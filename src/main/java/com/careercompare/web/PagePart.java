package com.careercompare.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A piece of a page as it is sent. A piece written once and put into many pages
 * ({@link #of}) is kept deflated only, with its length and CRC: a page made of such pieces is
 * sent gzipped by putting their deflated bytes one after another ({@link PageBody}),
 * compressing nothing while it is sent, and the pieces take less memory than their text
 * would. A piece of one page only ({@link #stored}) is its bytes, sent as they are.
 * <p>
 * A piece's deflated bytes are raw DEFLATE blocks ending on a sync flush: they end on a
 * byte boundary and refer to nothing before them, so they stand anywhere in a stream, and
 * are not its last block (the stream's end is written by {@link PageBody}).
 */
public final class PagePart {

	/** Below this size a piece is kept as it is: its deflated bytes would save little or nothing. */
	private static final int SMALLEST_TO_DEFLATE = 64;

	private static final PagePart EMPTY = new PagePart(new byte[0], null, 0, 0, 0);

	/** Deflaters kept between pieces: making one costs more than deflating a small piece. */
	private static final BlockingQueue<Deflater> DEFLATERS = new ArrayBlockingQueue<>(4);

	/** The bytes, for a piece sent as it is; null when it is kept deflated. */
	private final byte[] bytes;

	/** The bytes deflated, or null when the piece is sent as it is (in a stored block). */
	private final byte[] deflated;

	private final int length;

	/** The CRC-32 of the bytes, for a deflated piece. */
	private final int crc;

	/** {@link Crc32#shift} of the length, for a deflated piece. */
	private final int shift;

	private PagePart(byte[] bytes, byte[] deflated, int length, int crc, int shift) {
		this.bytes = bytes;
		this.deflated = deflated;
		this.length = length;
		this.crc = crc;
		this.shift = shift;
	}

	/** A piece kept and put into many pages: deflated once, now. */
	public static PagePart of(String html) {
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < SMALLEST_TO_DEFLATE) {
			return stored(bytes);
		}
		byte[] deflated = deflate(bytes);
		if (deflated.length >= bytes.length + 5) {
			// a stored block costs 5 bytes more than the piece
			return stored(bytes);
		}
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return new PagePart(null, deflated, bytes.length, (int) crc.getValue(), Crc32.shift(bytes.length));
	}

	/** A piece of one page only (its own values): sent as it is, never compressed. */
	public static PagePart stored(String html) {
		return html.isEmpty() ? EMPTY : stored(html.getBytes(StandardCharsets.UTF_8));
	}

	private static PagePart stored(byte[] bytes) {
		return new PagePart(bytes, null, bytes.length, 0, 0);
	}

	/** The piece's HTML. */
	public String html() {
		return new String(bytes(), StandardCharsets.UTF_8);
	}

	public boolean isEmpty() {
		return this.length == 0;
	}

	/** About how many bytes the piece takes in memory. */
	public int weight() {
		return 48 + ((this.deflated != null) ? this.deflated.length + 16 : this.bytes.length + 16);
	}

	/** How many bytes the piece has, plain. */
	int length() {
		return this.length;
	}

	/** The piece's bytes, inflated when it is kept deflated. */
	byte[] bytes() {
		return (this.bytes != null) ? this.bytes : inflate();
	}

	/** The deflated bytes, or null when the piece is sent as it is. */
	byte[] deflated() {
		return this.deflated;
	}

	int crc() {
		return this.crc;
	}

	int shift() {
		return this.shift;
	}

	private byte[] inflate() {
		Inflater inflater = new Inflater(true);
		try {
			inflater.setInput(this.deflated);
			byte[] bytes = new byte[this.length];
			int at = 0;
			while (at < bytes.length) {
				int n = inflater.inflate(bytes, at, bytes.length - at);
				if (n == 0 && (inflater.needsInput() || inflater.finished())) {
					throw new IllegalStateException("A deflated piece shorter than its length");
				}
				at += n;
			}
			return bytes;
		}
		catch (DataFormatException ex) {
			throw new IllegalStateException("A deflated piece that does not inflate", ex);
		}
		finally {
			inflater.end();
		}
	}

	private static byte[] deflate(byte[] bytes) {
		Deflater deflater = DEFLATERS.poll();
		if (deflater == null) {
			deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		}
		try {
			deflater.setInput(bytes);
			ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
			byte[] buffer = new byte[Math.max(512, bytes.length / 2)];
			int written;
			do {
				// SYNC_FLUSH: everything given, ending on a byte boundary; not the stream's last block
				written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
				out.write(buffer, 0, written);
			}
			while (written == buffer.length || !deflater.needsInput());
			return out.toByteArray();
		}
		finally {
			deflater.reset();
			if (!DEFLATERS.offer(deflater)) {
				deflater.end();
			}
		}
	}

}
