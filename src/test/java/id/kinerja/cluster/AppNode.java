package id.kinerja.cluster;

import id.kinerja.Http;
import id.kinerja.KinerjaApplication;
import id.kinerja.PostgresDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The application as an operating-system process of its own on a PostgreSQL database, so a test
 * can kill it the hard way (SIGKILL) as a crash would. Its output goes to target/nodes/NAME.log.
 */
final class AppNode implements AutoCloseable {

  private final String name;
  private final int port;
  private final Process process;

  private AppNode(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /** Starts a node with the job executor on, as in production, and waits until it is healthy. */
  static AppNode start(String name, PostgresDatabase database, String... extraArguments) {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        KinerjaApplication.class.getName(), "--spring.profiles.active=postgres", "--server.port=" + port,
        "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + PostgresDatabase.USER,
        "--spring.datasource.password=" + PostgresDatabase.PASSWORD, "--kinerja.demo.enabled=true",
        "--logging.level.id.kinerja=info"));
    command.addAll(List.of(extraArguments));
    try {
      Path log = Path.of("target", "nodes", name + ".log");
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      AppNode node = new AppNode(name, port, process);
      node.awaitHealth(200, Duration.ofMinutes(5));
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  Http as(String user) {
    return Http.demoUser(port, user);
  }

  /** Kills the process without letting it shut down: no shutdown hooks, no commit of what is in flight. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Waits until /actuator/health answers the status (200 up, 503 down). */
  void awaitHealth(int status, Duration timeout) {
    Instant until = Instant.now().plus(timeout);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + ", see target/nodes/" + name + ".log");
      }
      try {
        if (Http.anonymous(port).get("/actuator/health").statusCode() == status) {
          return;
        }
      } catch (RuntimeException notListeningYet) {
        // the port opens late in the start-up
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException("node " + name + " did not answer health " + status + " within " + timeout);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
