package id.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.web.util.UrlPathHelper;

/**
 * A request to the engine's REST API by either of its copies ({@code /engine-rest}, with or
 * without {@code /engine/{name}}, and the webapps' {@code /camunda/api/engine/engine/{name}}), or
 * to a Cockpit plugin's API, reduced to its method and the path segments inside the API, decoded
 * as Jersey decodes them: {@code POST /camunda/api/engine/engine/default/task/1/complete} and
 * {@code POST /engine-rest/task/1/complete} are both {@code POST [task, 1, complete]}.
 */
record EngineApiCall(boolean cockpitPlugin, String method, List<String> segments) {

  private static final String REST = "/engine-rest/";
  private static final String WEBAPP = "/camunda/api/engine/engine/";
  private static final String COCKPIT = "/camunda/api/cockpit/plugin/";

  static Optional<EngineApiCall> of(HttpServletRequest request) {
    String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
    String method = request.getMethod().toUpperCase();
    if (path.startsWith(REST)) {
      List<String> segments = segments(path.substring(REST.length()));
      return Optional.of(new EngineApiCall(false, method,
          segments.size() >= 2 && segments.get(0).equals("engine") ? segments.subList(2, segments.size()) : segments));
    }
    if (path.startsWith(WEBAPP)) {
      List<String> segments = segments(path.substring(WEBAPP.length()));
      return Optional.of(new EngineApiCall(false, method, segments.isEmpty() ? segments : segments.subList(1, segments.size())));
    }
    if (path.startsWith(COCKPIT)) {
      // plugin, engine, then the plugin's own path
      List<String> segments = segments(path.substring(COCKPIT.length()));
      return Optional.of(new EngineApiCall(true, method, segments.size() < 2 ? List.of()
          : concat(segments.get(0), segments.subList(2, segments.size()))));
    }
    return Optional.empty();
  }

  boolean reads() {
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  String first() {
    return segment(0);
  }

  String last() {
    return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
  }

  String segment(int index) {
    return index < segments.size() ? segments.get(index) : "";
  }

  int size() {
    return segments.size();
  }

  /** For the audit trail and messages: {@code POST /task/1/complete}. */
  String describe() {
    return method + " /" + (cockpitPlugin ? "cockpit-plugin/" : "") + String.join("/", segments);
  }

  private static List<String> segments(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  private static List<String> concat(String head, List<String> tail) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(head), tail.stream()).toList();
  }
}
