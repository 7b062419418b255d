package id.kinerja.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a Camunda Form (form-js, as bundled with Tasklist 7.24) submits: each keyed field that is not
 * disabled, and for a dynamic list ({@code path} with {@code isRepeating}) the keyed fields of its
 * rows. Disabled fields only show values and form-js leaves them out of the submission.
 */
public final class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormFields() {}

  /** The form's id and what it submits; an unreadable form is an {@link IllegalArgumentException}. */
  public static TaskForm of(byte[] formJson) {
    JsonNode form = read(formJson);
    Map<String, Set<String>> fields = new LinkedHashMap<>();
    collect(form, fields);
    return new TaskForm(form.path("id").asText(), fields);
  }

  /** Components that would bring other pages or markup into Tasklist: iframes and raw HTML. */
  public static List<String> embeddedContent(byte[] formJson) {
    return read(formJson).findValues("type").stream().map(JsonNode::asText)
        .filter(type -> type.equals("iframe") || type.equals("html")).distinct().toList();
  }

  private static JsonNode read(byte[] formJson) {
    JsonNode form;
    try {
      form = JSON.readTree(formJson);
    } catch (IOException e) {
      throw new IllegalArgumentException("bukan JSON formulir yang dapat dibaca: " + e.getMessage(), e);
    }
    if (form == null || !form.path("id").isTextual()) {
      throw new IllegalArgumentException("formulir tanpa id");
    }
    return form;
  }

  private static void collect(JsonNode container, Map<String, Set<String>> fields) {
    for (JsonNode component : container.path("components")) {
      if (component.path("disabled").asBoolean(false)) {
        continue;
      }
      if ("dynamiclist".equals(component.path("type").asText()) && component.path("path").isTextual()) {
        Map<String, Set<String>> row = new LinkedHashMap<>();
        collect(component, row);
        fields.put(component.path("path").asText(), new LinkedHashSet<>(row.keySet()));
      } else if (component.path("key").isTextual()) {
        fields.put(component.path("key").asText(), Set.of());
      } else {
        collect(component, fields);
      }
    }
  }
}
