package id.kinerja.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.process.TaskForm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The variables a completion or a start carries in its JSON body ({@code "variables": {name:
 * {"value": ..., "type": ...}}}), checked against what the task's form submits: every name a
 * field of the form, and every row of a list field made of the row's fields only. A list may come
 * as JSON text (type Json, as Tasklist sends it) or as a JSON array.
 */
final class SubmittedVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmittedVariables() {}

  static JsonNode read(byte[] body) {
    try {
      return body.length == 0 ? null : JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  static List<String> names(JsonNode body) {
    List<String> names = new ArrayList<>();
    if (body != null) {
      body.path("variables").fieldNames().forEachRemaining(names::add);
    }
    return names;
  }

  /** What the form does not submit: unknown names, and {@code list[].field} for unknown row fields. */
  static Set<String> undeclared(JsonNode body, TaskForm form) {
    Set<String> undeclared = new TreeSet<>();
    if (body == null) {
      return undeclared;
    }
    Iterator<Map.Entry<String, JsonNode>> variables = body.path("variables").fields();
    while (variables.hasNext()) {
      Map.Entry<String, JsonNode> variable = variables.next();
      String name = variable.getKey();
      if (form == null || !form.accepts(name)) {
        undeclared.add(name);
      } else if (form.isList(name)) {
        for (JsonNode row : rows(variable.getValue().path("value"))) {
          row.fieldNames().forEachRemaining(field -> {
            if (!form.rowFields(name).contains(field)) {
              undeclared.add(name + "[]." + field);
            }
          });
        }
      }
    }
    return undeclared;
  }

  /** Undeclared names among the start variables a process accepts. */
  static Set<String> undeclared(JsonNode body, Set<String> accepted) {
    Set<String> undeclared = new TreeSet<>(names(body));
    undeclared.removeAll(accepted);
    return undeclared;
  }

  private static JsonNode rows(JsonNode value) {
    JsonNode rows = value;
    if (value.isTextual()) {
      try {
        rows = JSON.readTree(value.asText());
      } catch (IOException e) {
        return JSON.createArrayNode();
      }
    }
    return rows != null && rows.isArray() ? rows : JSON.createArrayNode();
  }
}
