package id.kinerja.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.Http;
import id.kinerja.PostgresDatabase;
import id.kinerja.document.GeneratedUnit;
import id.kinerja.security.Groups;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test: {@code ./mvnw -Pbench verify -Dtest=DocumentBundleBenchmark} (unit size from
 * {@code -Dbench.unitSize}, default 500). On a fresh PostgreSQL database, HR's ZIP of a generated
 * unit whose people all have a set SKP: the first bundle issues (renders and stores) every document
 * and zips them; the baseline, in the same run, is a second bundle of the same unit, whose
 * documents are already issued, so it only checks each record and zips the stored PDFs. The ratio
 * is what rendering costs. Peak heap is the sum of the heap pools' peaks over each phase.
 */
class DocumentBundleBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int YEAR = 2036;
  private static final String HR = "bench-hr";

  @Test
  void run() throws Exception {
    int size = Integer.getInteger("bench.unitSize", 500);
    try (PostgresDatabase database = PostgresDatabase.create();
        ConfigurableApplicationContext app = database.startApplication("--camunda.bpm.job-execution.enabled=false",
            "--logging.level.id.kinerja=warn")) {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      GeneratedUnit.create(jdbc, "BENCH-ZIP", size, 10, YEAR, 9_000_000);
      jdbc.execute("analyze");
      Machine.user(app.getBean(IdentityService.class), HR, "Pengelola Kinerja (benchmark)", Groups.PENGELOLA_KINERJA);
      Http http = Http.basic(((WebServerApplicationContext) app).getWebServer().getPort(), HR, Http.DEMO_PASSWORD);

      double[] first = bundle(http, size);
      double[] again = bundle(http, size);
      String row = String.format("| %,d | %.1f s | %.1f/s | %,d MB | %.1f s | %.1f/s | %,d MB | %.1fx | %.0f KB |", size, first[0],
          size / first[0], (long) first[1] >> 20, again[0], size / again[0], (long) again[1] >> 20, first[0] / again[0],
          first[2] / size / 1024);
      System.out.println("BENCHMARK " + row);
      report(row);
    }
  }

  /** One bundle from request to the last byte of its ZIP: seconds, peak heap, ZIP bytes. */
  private static double[] bundle(Http http, int size) throws Exception {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long started = System.nanoTime();
    long id = JSON.readTree(http.postJson("/api/units/BENCH-ZIP/" + YEAR + "/documents/bundle", "").body()).get("id").asLong();
    JsonNode progress;
    do {
      Thread.sleep(100);
      progress = JSON.readTree(http.get("/api/document-bundles/" + id).body());
    } while ("BERJALAN".equals(progress.get("status").asText()));
    if (!"SELESAI".equals(progress.get("status").asText()) || progress.get("done").asInt() != size) {
      throw new IllegalStateException("bundle " + progress);
    }
    HttpResponse<InputStream> zip = HttpClient.newHttpClient().send(http.request("/api/document-bundles/" + id + "/zip").GET().build(),
        HttpResponse.BodyHandlers.ofInputStream());
    long bytes = 0;
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(zip.body())) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        bytes += in.readAllBytes().length;
        entries++;
      }
    }
    if (entries != size) {
      throw new IllegalStateException(entries + " entries for " + size + " documents");
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new double[] {seconds, peak, bytes};
  }


  private static void report(String row) throws Exception {
    String machine = Machine.describe();
    String text = "\n## " + LocalDate.now() + " on " + machine + "\n\n"
        + "Document bundle (DocumentBundleBenchmark): HR's ZIP of one unit whose people each have a set SKP, on PostgreSQL."
        + " First: every SKP issued (rendered, stored) and zipped; baseline: the same bundle again, every document already"
        + " issued (record checked, stored PDF zipped). Cost = first / baseline.\n\n"
        + "| documents | first: issue + zip | rate | peak heap | baseline: zip issued | rate | peak heap | cost | PDF size |\n"
        + "|---|---|---|---|---|---|---|---|---|\n" + row + "\n";
    Files.writeString(Path.of("docs/benchmarks.md"), text, StandardOpenOption.APPEND);
  }
}
