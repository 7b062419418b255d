package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@KinerjaSpringTest
class WebappLoginTest {

  @LocalServerPort
  int port;

  @Test
  void loginPageLeadsToTasklistWithTheMyTasksFilter() {
    Http browser = Http.browserLogin(port, DemoUsers.STAFF, Http.DEMO_PASSWORD);

    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/api/admin/auth/user/default").body())
        .contains(DemoUsers.STAFF, "tasklist").doesNotContain("cockpit", "\"admin\"");
    assertThat(browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body())
        .contains(AccessBootstrap.MY_TASKS_FILTER);
  }

  @Test
  void roleDecidesWhichWebappsOpen() {
    Http hr = Http.browserLogin(port, DemoUsers.HR, Http.DEMO_PASSWORD);
    hr.get("/camunda/app/cockpit/default/");
    assertThat(hr.get("/camunda/api/admin/auth/user/default").body()).contains("cockpit", "tasklist").doesNotContain("\"admin\"");

    Http admin = Http.browserLogin(port, DemoUsers.ADMIN, Http.DEMO_PASSWORD);
    admin.get("/camunda/app/admin/default/");
    assertThat(admin.get("/camunda/api/admin/auth/user/default").body()).contains("\"admin\"", "cockpit");
  }

  @Test
  void aWebappPageAskedAgainComesWholeWithTheNonceOfItsHeader() {
    Http hr = Http.browserLogin(port, DemoUsers.HR, Http.DEMO_PASSWORD);
    var first = hr.get("/camunda/app/cockpit/default/");
    var again = hr.send(hr.request("/camunda/app/cockpit/default/")
        .header("If-Modified-Since", first.headers().firstValue("Last-Modified").orElse("Sat, 28 Nov 2026 00:00:00 GMT"))
        .header("If-None-Match", first.headers().firstValue("ETag").orElse("\"x\"")));

    assertThat(again.statusCode()).as("never 304: the kept page's nonce would not match the new header").isEqualTo(200);
    assertThat(again.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(again.body()).contains("nonce=\"" + nonceOfHeader(again) + "\"");
  }

  /**
   * Camunda keeps the nonce of the header in a servlet-context attribute until the page template
   * reads it, so a page served while other webapp requests run got their nonce and every script
   * of it was blocked: Tasklist or Cockpit stayed on its spinner for good.
   */
  @Test
  void pagesServedWhileOthersAreCarryTheNonceOfTheirOwnHeader() throws Exception {
    Http hr = Http.browserLogin(port, DemoUsers.HR, Http.DEMO_PASSWORD);
    ExecutorService users = Executors.newFixedThreadPool(4);
    try {
      List<Future<Long>> mismatches = new ArrayList<>();
      for (String app : List.of("cockpit", "tasklist", "cockpit", "tasklist")) {
        mismatches.add(users.submit(() -> IntStream.range(0, 40)
            .mapToObj(i -> hr.get("/camunda/app/" + app + "/default/"))
            .filter(page -> !page.body().contains("nonce=\"" + nonceOfHeader(page) + "\"")).count()));
      }
      for (Future<Long> count : mismatches) {
        assertThat(count.get()).as("pages whose scripts the browser would block").isZero();
      }
    } finally {
      users.shutdownNow();
    }
  }

  @Test
  void everyWebappsConfigKeepsCamundasSettingsAndWaitsForSlowPlugins() {
    Http hr = Http.browserLogin(port, DemoUsers.HR, Http.DEMO_PASSWORD);
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      HttpResponse<String> config = hr.get("/camunda/app/" + app + "/scripts/config.js?bust=1");

      assertThat(config.statusCode()).isEqualTo(200);
      assertThat(config.body()).as(app).contains("export default {").endsWith("window.require.config({waitSeconds: 0});\n}\n");
      assertThat(config.headers().firstValueAsLong("Content-Length"))
          .hasValue(config.body().getBytes(StandardCharsets.UTF_8).length);
    }
  }

  private static String nonceOfHeader(HttpResponse<String> page) {
    return page.headers().firstValue("Content-Security-Policy").orElseThrow().replaceAll(".*'nonce-([^']+)'.*", "$1");
  }

  @Test
  void wrongPasswordStaysOnTheLoginPage() {
    Http browser = Http.anonymous(port);
    String token = browser.csrfTokenOfLoginPage();
    var login = browser.post("/login", "application/x-www-form-urlencoded",
        "username=" + DemoUsers.WRONG_PASSWORD_2 + "&password=salah&_csrf=" + token);
    assertThat(login.headers().firstValue("Location")).get().asString().endsWith("/login?error");
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
  }

  @Test
  void loginFormWithoutCsrfTokenIsRefused() {
    var login = Http.anonymous(port).post("/login", "application/x-www-form-urlencoded",
        "username=" + DemoUsers.STAFF + "&password=demo");
    assertThat(login.statusCode()).isEqualTo(403);
  }

  @Test
  void webappApiWritesNeedCamundasCsrfToken() {
    Http browser = Http.browserLogin(port, DemoUsers.STAFF, Http.DEMO_PASSWORD);
    browser.get("/camunda/app/tasklist/default/");
    var withoutToken = browser.send(browser.request("/camunda/api/engine/engine/default/task/count")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(withoutToken.statusCode()).isEqualTo(403);
  }

  @Test
  void afterLoggingOutTheWebappsOwnLoginFormLogsInAgain() {
    Http browser = Http.browserLogin(port, DemoUsers.STAFF, Http.DEMO_PASSWORD);
    browser.get("/camunda/app/tasklist/default/");
    var logout = browser.send(browser.request("/camunda/api/admin/auth/user/default/logout")
        .header("X-XSRF-TOKEN", browser.camundaCsrfToken()).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(logout.statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);

    var wrong = browser.post("/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded", "username=" + DemoUsers.WRONG_PASSWORD_3 + "&password=salah");
    assertThat(wrong.statusCode()).isEqualTo(401);
    var relogin = browser.post("/camunda/api/admin/auth/user/default/login/tasklist",
        "application/x-www-form-urlencoded", "username=" + DemoUsers.LURAH + "&password=demo");
    assertThat(relogin.statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/api/admin/auth/user/default").body()).contains(DemoUsers.LURAH);
    assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
  }

  @Test
  void theLoginPageAllowsNoScriptAndNoFrame() {
    HttpResponse<String> page = Http.anonymous(port).get("/login");

    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
        assertThat(policy).contains("default-src 'none'", "form-action 'self'", "frame-ancestors 'none'"));
  }

  @Test
  void aForgedHostHeaderIsNotEchoedIntoARedirect() throws Exception {
    String answer = raw("GET /camunda/app/tasklist/default/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 302").containsIgnoringCase("Location: /login").doesNotContain("evil.example");
  }

  @Test
  void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
    String answer = raw("GET /login HTTP/1.1\r\nHost: kinerja.palembang.go.id\r\nX-Forwarded-Proto: https\r\n"
        + "X-Forwarded-For: 203.0.113.9\r\nConnection: close\r\n\r\n");

    assertThat(answer).containsIgnoringCase("Strict-Transport-Security: max-age=")
        .containsPattern("(?i)Set-Cookie: JSESSIONID=[^\\r]*; Secure")
        .containsPattern("(?i)Set-Cookie: JSESSIONID=[^\\r]*SameSite=Lax");
    assertThat(raw("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
        .as("plain HTTP, no proxy").doesNotContainIgnoringCase("Strict-Transport-Security");
  }

  private String raw(String request) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
