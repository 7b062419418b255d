package id.kinerja.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The application's own browser pages ({@code src/main/resources/pages/<name>.html}), in the login
 * page's style ({@code /halaman.css}), behind the webapp session. A page's script is a file under
 * {@code /static}; it finds the CSRF token for its own POST/PUT calls in the meta tags
 * {@code csrf-header} and {@code csrf-token}, which replace {@code <!--csrf-->} in the template.
 */
@Component
public class Pages {

  /** Scripts, styles and calls only from this server, no inline script, no framing. */
  public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final Map<String, String> templates = new ConcurrentHashMap<>();

  /** The page with the request's CSRF token, never cached (the token belongs to this session). */
  public ResponseEntity<String> page(String name, CsrfToken csrf) {
    String meta = csrf == null ? "" : "<meta name=\"csrf-header\" content=\"" + HtmlUtils.htmlEscape(csrf.getHeaderName())
        + "\">\n  <meta name=\"csrf-token\" content=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
    return html(HttpStatus.OK, template(name).replace("<!--csrf-->", meta));
  }

  /** The template with each {@code {{name}}} replaced by its value, HTML-escaped. */
  public String render(String name, Map<String, String> values) {
    String html = template(name);
    for (Map.Entry<String, String> value : values.entrySet()) {
      html = html.replace("{{" + value.getKey() + "}}", HtmlUtils.htmlEscape(value.getValue()));
    }
    return html;
  }

  /** Any HTML in the pages' policy and without caching. */
  public static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", POLICY).header("Cache-Control", "no-store").body(body);
  }

  private String template(String name) {
    return templates.computeIfAbsent(name, key -> {
      try (InputStream in = new ClassPathResource("pages/" + key + ".html").getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("page template pages/" + key + ".html", e);
      }
    });
  }
}
