package id.kinerja.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Lists of rows as the Json variables Camunda Forms read (and write) in Tasklist. */
public final class JsonVariables {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private JsonVariables() {}

  public static JsonValue of(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value + " as JSON", e);
    }
  }

  /** The rows of a list variable; none when the variable is absent or not a list. */
  public static List<Map<String, Object>> rows(Object variable) {
    List<Map<String, Object>> rows = FormInput.list(variable);
    return rows == null ? List.of() : rows;
  }
}
