package com.careercompare.occupation.editing;

import com.careercompare.text.Figures;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an imported {@code catalog.zip} may be, so that no file can exhaust the site: its
 * size as uploaded (the upload itself is refused beyond that), its size unpacked and its
 * number of entries (against ZIP bombs), and the length of a line.
 *
 * @param maxFileSize the largest file that may be uploaded
 * @param maxUnpackedSize the most its files may hold together, unpacked
 * @param maxEntries the most entries the ZIP may have
 * @param maxLineLength the most characters a line of a CSV file may have
 */
@ConfigurationProperties("career-compare.import")
record ImportLimits(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("100MB") DataSize maxUnpackedSize,
		@DefaultValue("20") int maxEntries, @DefaultValue("100000") int maxLineLength) {

	/** A size as people read it: {@code 20 MB}, {@code 512 KB}, {@code 1,000 bytes}. */
	static String text(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return Figures.count(size.toMegabytes()) + " MB";
		}
		if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return Figures.count(size.toKilobytes()) + " KB";
		}
		return Figures.count(bytes) + " bytes";
	}

}
