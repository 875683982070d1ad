package com.careercompare.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A page's body as the {@link PagePart pieces} it is made of, in order: sent plain, their
 * bytes one after another; or gzipped (RFC 1952), the deflated bytes of the pieces that have
 * them and the others as stored blocks, with the stream's end, CRC and length. Nothing is
 * compressed while the page is sent, so the gzipped page is larger than one compressed
 * whole (the pieces do not refer to one another, and a page's own values go as they are),
 * and costs about what the plain one does.
 */
public final class PageBody {

	/** The header of a gzip member: deflate, no name, no time, unknown system. */
	private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff };

	/** An empty fixed-Huffman block marked as the last one: the end of the DEFLATE stream. */
	private static final byte[] LAST_BLOCK = { 0x03, 0x00 };

	/** The most bytes one stored block holds. */
	private static final int STORED_MAX = 65_535;

	private final List<PagePart> parts;

	private final int length;

	private PageBody(List<PagePart> parts) {
		this.parts = parts;
		int length = 0;
		for (PagePart part : parts) {
			length += part.length();
		}
		this.length = length;
	}

	public static Builder builder(int parts) {
		return new Builder(parts);
	}

	/** How many bytes the plain page has. */
	public int length() {
		return this.length;
	}

	/** The page as it is. */
	public byte[] plain() {
		byte[] page = new byte[this.length];
		int at = 0;
		for (PagePart part : this.parts) {
			byte[] bytes = part.bytes();
			System.arraycopy(bytes, 0, page, at, bytes.length);
			at += bytes.length;
		}
		return page;
	}

	/** Sends the page as it is, with its length. */
	void writePlainTo(HttpServletResponse response) throws IOException {
		byte[] bytes = plain();
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/** The page gzipped, from its pieces' deflated bytes. */
	public byte[] gzipped() {
		int size = GZIP_HEADER.length + LAST_BLOCK.length + 8;
		int stored = 0;
		for (PagePart part : this.parts) {
			if (part.deflated() == null) {
				stored += part.length();
			}
			else {
				size += storedSize(stored) + part.deflated().length;
				stored = 0;
			}
		}
		size += storedSize(stored);
		Gzip gzip = new Gzip(new byte[size]);
		gzip.write(GZIP_HEADER);
		int from = 0;
		for (int i = 0; i < this.parts.size(); i++) {
			PagePart part = this.parts.get(i);
			if (part.deflated() != null) {
				gzip.stored(this.parts, from, i);
				gzip.write(part.deflated());
				gzip.crc = Crc32.combine(gzip.crc, part.crc(), part.shift());
				from = i + 1;
			}
		}
		gzip.stored(this.parts, from, this.parts.size());
		gzip.write(LAST_BLOCK);
		gzip.littleEndian(gzip.crc);
		gzip.littleEndian(this.length);
		return gzip.bytes;
	}

	/** What stored blocks holding these many bytes take. */
	private static int storedSize(int bytes) {
		return bytes + 5 * ((bytes + STORED_MAX - 1) / STORED_MAX);
	}

	/** A gzip stream being written into an array of its exact size. */
	private static final class Gzip {

		private final byte[] bytes;

		/** The CRC-32 of what was written so far, plain. */
		private int crc;

		private int at;

		Gzip(byte[] bytes) {
			this.bytes = bytes;
		}

		void write(byte[] data) {
			System.arraycopy(data, 0, this.bytes, this.at, data.length);
			this.at += data.length;
		}

		void littleEndian(int value) {
			for (int i = 0; i < 4; i++) {
				this.bytes[this.at++] = (byte) (value >>> (8 * i));
			}
		}

		/** The pieces {@code from} to {@code to} (not included), as it is, in stored blocks. */
		void stored(List<PagePart> parts, int from, int to) {
			int total = 0;
			CRC32 crc = new CRC32();
			for (int i = from; i < to; i++) {
				byte[] bytes = parts.get(i).bytes();
				crc.update(bytes);
				total += bytes.length;
			}
			if (total > 0) {
				this.crc = Crc32.combine(this.crc, (int) crc.getValue(), Crc32.shift(total));
			}
			int part = from;
			int offset = 0;
			while (total > 0) {
				int block = Math.min(total, STORED_MAX);
				// BFINAL 0, BTYPE 00, on a byte boundary (every piece ends on one); LEN, NLEN
				this.bytes[this.at++] = 0;
				this.bytes[this.at++] = (byte) block;
				this.bytes[this.at++] = (byte) (block >>> 8);
				this.bytes[this.at++] = (byte) ~block;
				this.bytes[this.at++] = (byte) (~block >>> 8);
				int left = block;
				while (left > 0) {
					byte[] piece = parts.get(part).bytes();
					int n = Math.min(left, piece.length - offset);
					System.arraycopy(piece, offset, this.bytes, this.at, n);
					this.at += n;
					left -= n;
					offset += n;
					if (offset == piece.length) {
						part++;
						offset = 0;
					}
				}
				total -= block;
			}
		}

	}

	/** The pieces of a page, in order. */
	public static final class Builder {

		private final List<PagePart> parts;

		private Builder(int parts) {
			this.parts = new ArrayList<>(parts);
		}

		public Builder add(PagePart part) {
			this.parts.add(part);
			return this;
		}

		public PageBody build() {
			return new PageBody(this.parts);
		}

	}

}
