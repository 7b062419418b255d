package id.kinerja;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP client for tests: either anonymous, with HTTP Basic credentials, or with a cookie
 * session like a browser. Redirects are not followed, so tests see them.
 */
public final class Http {

  public static final String DEMO_PASSWORD = "demo";

  private final String base;
  private final String basicAuth;
  private final CookieManager cookies;
  private final HttpClient client;
  private final java.util.Map<String, String> headers;

  private Http(int port, String basicAuth) {
    this.base = "http://localhost:" + port;
    this.basicAuth = basicAuth;
    this.cookies = new CookieManager();
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    this.headers = java.util.Map.of();
  }

  private Http(Http session, String header, String value) {
    this.base = session.base;
    this.basicAuth = session.basicAuth;
    this.cookies = session.cookies;
    this.client = session.client;
    java.util.Map<String, String> more = new java.util.LinkedHashMap<>(session.headers);
    more.put(header, value);
    this.headers = java.util.Map.copyOf(more);
  }

  /** The same client and session (its cookies), every request also carrying the header, as a page's fetch calls do. */
  public Http withHeader(String header, String value) {
    return new Http(this, header, value);
  }

  public static Http anonymous(int port) {
    return new Http(port, null);
  }

  public static Http basic(int port, String user, String password) {
    String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Http(port, "Basic " + token);
  }

  public static Http demoUser(int port, String user) {
    return basic(port, user, DEMO_PASSWORD);
  }

  /** A browser-like session logged in through the login page. */
  public static Http browserLogin(int port, String user, String password) {
    Http http = anonymous(port);
    String token = http.csrfTokenOfLoginPage();
    HttpResponse<String> login = http.post("/login", "application/x-www-form-urlencoded",
        "username=" + user + "&password=" + password + "&_csrf=" + token);
    if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("login failed for " + user + ": " + login.statusCode() + " " + login.headers());
    }
    return http;
  }

  public String csrfTokenOfLoginPage() {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the login page");
    }
    return m.group(1);
  }

  /** The token Camunda's webapp CSRF filter handed out in its cookie. */
  public String camundaCsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(c -> c.getValue()).findFirst().orElse("");
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<String> post(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public HttpResponse<String> postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (basicAuth != null) {
      builder.header("Authorization", basicAuth);
    }
    headers.forEach(builder::header);
    return builder;
  }
}
