package id.kinerja.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's Indonesian translation of Tasklist, Cockpit, Admin and Welcome covers every key of
 * the {@code en.json} bundled with the Camunda webjar on the classpath, so an upgrade that adds
 * keys fails here until they are translated; and each translation keeps what the webapp fills in.
 */
class WebappLocaleTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}|%[sd]|</?[a-zA-Z][^>]*>");
  /** Names and technical words Indonesian uses as they are. */
  private static final Set<String> SAME_IN_INDONESIAN = Set.of("Admin", "Batch", "batch", "Boolean", "Camunda",
      "Camunda Cockpit", "Cockpit", "Deployment", "Diagram", "Double", "Filter", "Integer", "Label", "Long", "Minimum:",
      "Operator", "Optimize", "Short", "Status", "String", "Target:", "Tasklist", "Tenant", "Tenant: ID", "Total", "null",
      "requestPayload", "<Operation>", "<definition>", "<null>", "<undefined>", "<version>");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyKeyOfTheBundledEnglishIsTranslated(String app) throws IOException {
    JsonNode english = bundledEnglish(app);
    JsonNode indonesian = read(resource(String.format(LOCALES, app, "id")));

    assertThat(paths(indonesian, "")).as("keys of %s id.json against the bundled en.json", app)
        .isEqualTo(paths(english, ""));
    List<String> problems = new ArrayList<>();
    english.path("labels").fields().forEachRemaining(label -> {
      String en = label.getValue().asText();
      String id = indonesian.path("labels").path(label.getKey()).asText();
      if (!placeholders(en).equals(placeholders(id))) {
        problems.add(label.getKey() + ": placeholders " + placeholders(en) + " became " + placeholders(id));
      }
      if (id.isBlank() != en.isBlank()) {
        problems.add(label.getKey() + ": empty");
      }
      if (id.equals(en) && en.matches(".*[a-z]{3}.*") && !SAME_IN_INDONESIAN.contains(en)) {
        problems.add(label.getKey() + ": still English: " + en);
      }
    });
    assertThat(problems).as("translation problems in %s", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAreIndonesian(String app) throws IOException {
    JsonNode dates = read(resource(String.format(LOCALES, app, "id"))).path("dateLocales");
    assertThat(dates.path("months").get(7).asText()).isEqualTo("Agustus");
    assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("Senin");
    assertThat(dates.path("relativeTime").path("past").asText()).isEqualTo("%s yang lalu");
    assertThat(dates.path("relativeTime").path("future").asText()).isEqualTo("dalam %s");
  }

  /** The webjar's copy, not one of ours: the project ships no en.json of its own. */
  private static JsonNode bundledEnglish(String app) throws IOException {
    List<URL> found = Collections.list(WebappLocaleTest.class.getClassLoader()
        .getResources(String.format(LOCALES, app, "en")));
    assertThat(found).as("en.json of %s on the classpath", app).hasSize(1);
    assertThat(found.get(0).toString()).contains("camunda-webapp-webjar");
    return read(found.get(0));
  }

  private static URL resource(String path) {
    URL url = WebappLocaleTest.class.getClassLoader().getResource(path);
    assertThat(url).as(path).isNotNull();
    return url;
  }

  private static JsonNode read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      byte[] bytes = in.readAllBytes();
      int bom = bytes.length > 2 && (bytes[0] & 0xff) == 0xef ? 3 : 0;
      return JSON.readTree(new String(bytes, bom, bytes.length - bom, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static Set<String> paths(JsonNode node, String prefix) {
    Set<String> paths = new TreeSet<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        paths.addAll(paths(field.getValue(), prefix + "/" + field.getKey()));
      }
    } else if (node.isArray()) {
      paths.add(prefix + "[" + node.size() + "]");
    } else {
      paths.add(prefix);
    }
    return paths;
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group().replaceAll("\\s+", ""));
    }
    Collections.sort(found);
    return found;
  }
}
