package id.kinerja;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the local PostgreSQL server (127.0.0.1:5432 unless KINERJA_TEST_PG_URL says
 * otherwise), created for one test class and dropped after it. Where PostgreSQL is unreachable the
 * test is skipped, unless KINERJA_REQUIRE_POSTGRES=true (as in CI), where it fails.
 */
public final class PostgresDatabase implements AutoCloseable {

  private static final String SERVER = env("KINERJA_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
  public static final String USER = env("KINERJA_TEST_PG_USER", "postgres");
  public static final String PASSWORD = env("KINERJA_TEST_PG_PASSWORD", "");

  private final String name;

  private PostgresDatabase(String name) {
    this.name = name;
  }

  public static PostgresDatabase create() {
    String name = "kinerja_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (SQLException e) {
      if (Boolean.parseBoolean(System.getenv("KINERJA_REQUIRE_POSTGRES"))) {
        Assertions.fail("PostgreSQL is required (KINERJA_REQUIRE_POSTGRES=true) but unreachable at " + SERVER, e);
      }
      Assumptions.abort("PostgreSQL unreachable at " + SERVER + ": " + e.getMessage());
    }
    return new PostgresDatabase(name);
  }

  public String url() {
    return SERVER + name;
  }

  /** The application in the postgres profile on this database, on a random port. */
  public org.springframework.context.ConfigurableApplicationContext startApplication(String... extraArguments) {
    java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of("--server.port=0",
        "--spring.datasource.url=" + url(), "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD));
    arguments.addAll(java.util.List.of(extraArguments));
    return new org.springframework.boot.builder.SpringApplicationBuilder(KinerjaApplication.class).profiles("postgres")
        .run(arguments.toArray(String[]::new));
  }

  /** Closes the application, then drops its database; either may be null when the start failed. */
  public static void stop(org.springframework.context.ConfigurableApplicationContext app, PostgresDatabase database)
      throws SQLException {
    if (app != null) {
      app.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = admin(); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + name + " with (force)");
    }
  }

  private static Connection admin() throws SQLException {
    return DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
