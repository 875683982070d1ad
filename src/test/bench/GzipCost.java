/*
 * What gzipping one page costs in CPU, as Tomcat's compression would pay it on every
 * request: java src/test/bench/GzipCost.java page.html (a file saved with curl).
 */
import java.io.*;
import java.nio.file.*;
import java.util.zip.*;
public class GzipCost {
  public static void main(String[] a) throws Exception {
    byte[] page = Files.readAllBytes(Path.of(a[0]));
    long[] medians = new long[7];
    for (int round = 0; round < 7; round++) {
      long t = System.nanoTime();
      int n = 2000;
      for (int i = 0; i < n; i++) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.length / 4);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) { gz.write(page); }
      }
      medians[round] = (System.nanoTime() - t) / n / 1000;
    }
    java.util.Arrays.sort(medians);
    System.out.println("gzip of " + page.length + " bytes: median " + medians[3] + " us per page over 7 rounds of 2000 (min " + medians[0] + ", max " + medians[6] + ")");
  }
}
