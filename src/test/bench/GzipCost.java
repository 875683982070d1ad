import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/*
 * What gzipping one page costs in CPU, at the default level (6, what Tomcat's compression
 * and GZIPOutputStream use) and at the fastest (1), alternating rounds in one run, and the
 * size each gives: java src/test/bench/GzipCost.java page.html (a file saved with curl).
 */
public class GzipCost {

  static final class Gzip extends GZIPOutputStream {
    Gzip(ByteArrayOutputStream out, int level) throws java.io.IOException {
      super(out);
      def.setLevel(level);
    }
  }

  static int size;

  static long round(byte[] page, int level) throws Exception {
    long t = System.nanoTime();
    int n = 2000;
    for (int i = 0; i < n; i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(page.length / 4);
      try (Gzip gz = new Gzip(out, level)) { gz.write(page); }
      size = out.size();
    }
    return (System.nanoTime() - t) / n / 1000;
  }

  public static void main(String[] a) throws Exception {
    byte[] page = Files.readAllBytes(Path.of(a[0]));
    int[] levels = { Deflater.DEFAULT_COMPRESSION, Deflater.BEST_SPEED };
    for (int level : levels) {
      long[] medians = new long[7];
      int[] sizes = new int[1];
      for (int r = 0; r < 7; r++) {
        medians[r] = round(page, level);
      }
      java.util.Arrays.sort(medians);
      System.out.println("gzip level " + (level < 0 ? 6 : level) + " of " + page.length + " bytes: " + size
          + " bytes, median " + medians[3] + " us per page over 7 rounds of 2000 (min " + medians[0] + ", max "
          + medians[6] + ")");
    }
  }

}
