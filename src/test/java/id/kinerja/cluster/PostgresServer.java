package id.kinerja.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Stops and starts the local PostgreSQL server (Debian's pg_ctlcluster, as root), to test what the
 * application does while its database is gone. Mandatory where KINERJA_REQUIRE_POSTGRES=true.
 */
final class PostgresServer {

  private PostgresServer() {}

  static void stop() {
    control("stop");
  }

  static void start() {
    control("start");
  }

  private static void control(String action) {
    String problem;
    try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
      String version = versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
      Process process = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() == 0) {
        return;
      }
      problem = "pg_ctlcluster " + action + " failed: " + output;
    } catch (IOException | RuntimeException e) {
      problem = "cannot control the PostgreSQL server: " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted";
    }
    if (Boolean.parseBoolean(System.getenv("KINERJA_REQUIRE_POSTGRES"))) {
      Assertions.fail(problem);
    }
    Assumptions.abort(problem);
  }
}
