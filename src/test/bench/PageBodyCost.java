import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.careercompare.web.PageBody;
import com.careercompare.web.PagePart;

/*
 * What sending a fresh comparison page gzipped costs in CPU: putting its gzip stream
 * together from parts deflated before (PageBody.gzipped), against compressing the same page
 * whole at gzip's fastest level, alternating rounds in one run, with the sizes. The page
 * (a file saved with curl) is cut as a comparison page is made: kept parts of 100-600
 * bytes, deflated once, and between them values of its own of about 50 bytes.
 *
 *   ./mvnw -q compile && java -cp target/classes src/test/bench/PageBodyCost.java page.html
 */
public class PageBodyCost {

  static final class FastGzip extends GZIPOutputStream {
    FastGzip(ByteArrayOutputStream out) throws java.io.IOException {
      super(out);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }

  public static void main(String[] args) throws Exception {
    String page = java.nio.file.Files.readString(java.nio.file.Path.of(args[0]));
    Random random = new Random(1);
    List<PagePart> kept = new ArrayList<>();
    List<String> own = new ArrayList<>();
    int at = 0;
    while (at < page.length()) {
      int keptEnd = Math.min(page.length(), at + 100 + random.nextInt(500));
      int ownEnd = Math.min(page.length(), keptEnd + 20 + random.nextInt(60));
      kept.add(PagePart.of(page.substring(at, keptEnd)));
      own.add(page.substring(keptEnd, ownEnd));
      at = ownEnd;
    }
    byte[] plain = body(kept, own).plain();
    int stitched = 0;
    int whole = 0;
    List<Double> a = new ArrayList<>();
    List<Double> b = new ArrayList<>();
    for (int round = 0; round < 7; round++) {
      int n = 5000;
      long t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        stitched = body(kept, own).gzipped().length;
      }
      a.add((System.nanoTime() - t) / 1000.0 / n);
      t = System.nanoTime();
      for (int i = 0; i < n; i++) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3);
        try (FastGzip gzip = new FastGzip(out)) {
          gzip.write(plain);
        }
        whole = out.size();
      }
      b.add((System.nanoTime() - t) / 1000.0 / n);
    }
    a.sort(null);
    b.sort(null);
    System.out.printf("page of %d bytes in %d parts%n", plain.length, 2 * kept.size());
    System.out.printf("from deflated parts: median %.1f us, %d bytes%n", a.get(3), stitched);
    System.out.printf("compressed whole, level 1: median %.1f us, %d bytes%n", b.get(3), whole);
  }

  static PageBody body(List<PagePart> kept, List<String> own) {
    PageBody.Builder body = PageBody.builder(2 * kept.size());
    for (int i = 0; i < kept.size(); i++) {
      body.add(kept.get(i)).add(PagePart.stored(own.get(i)));
    }
    return body.build();
  }

}
