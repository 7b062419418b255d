package id.kinerja.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Reads what a form (or a REST caller) submitted and collects every problem in Bahasa Indonesia,
 * so the person sees all of them at once. {@link #refuseIfInvalid()} then refuses the completion
 * as a whole. Works on process variables or on one row of a dynamic list.
 */
public final class FormInput {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  private final Function<String, Object> values;
  private final String prefix;
  private final List<String> problems;

  private FormInput(Function<String, Object> values, String prefix, List<String> problems) {
    this.values = values;
    this.prefix = prefix;
    this.problems = problems;
  }

  public static FormInput of(VariableScope scope) {
    return new FormInput(scope::getVariable, "", new ArrayList<>());
  }

  public static FormInput of(Map<String, Object> values) {
    return new FormInput(values::get, "", new ArrayList<>());
  }

  /**
   * The rows of a dynamic list, each read with its own row number in the messages. Too many rows
   * are refused before any is read: a form never sends thousands, a hostile caller might.
   */
  public List<FormInput> rows(String name, String label, int minRows, int maxRows) {
    List<Map<String, Object>> rows = list(values.apply(name));
    if (rows == null || rows.size() < minRows) {
      problems.add(prefix + label + " wajib diisi, paling sedikit " + minRows + " baris");
      return List.of();
    }
    if (rows.size() > maxRows) {
      problems.add(prefix + label + " paling banyak " + maxRows + " baris");
      return List.of();
    }
    List<FormInput> inputs = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i) == null ? Map.of() : rows.get(i);
      inputs.add(new FormInput(row::get, prefix + label + " baris " + (i + 1) + ": ", problems));
    }
    return inputs;
  }

  public String text(String name, String label, int minLength, int maxLength) {
    String value = optionalText(name, label, maxLength);
    if (value == null) {
      problems.add(prefix + label + " wajib diisi");
    } else if (value.length() < minLength) {
      problems.add(prefix + label + " paling sedikit " + minLength + " karakter");
    }
    return value;
  }

  public String optionalText(String name, String label, int maxLength) {
    Object raw = values.apply(name);
    if (raw == null || raw.toString().isBlank()) {
      return null;
    }
    String value = raw.toString().strip();
    if (value.length() > maxLength) {
      problems.add(prefix + label + " paling banyak " + maxLength + " karakter");
    }
    return value;
  }

  public String link(String name, String label) {
    String value = text(name, label, 8, 1000);
    if (value != null && !LINK.matcher(value).matches()) {
      problems.add(prefix + label + " harus tautan yang diawali http:// atau https://");
    }
    return value;
  }

  public <E extends Enum<E>> E choice(String name, String label, Class<E> type) {
    Object raw = values.apply(name);
    if (raw == null || raw.toString().isBlank()) {
      problems.add(prefix + label + " wajib dipilih");
      return null;
    }
    try {
      return Enum.valueOf(type, raw.toString().strip());
    } catch (IllegalArgumentException e) {
      problems.add(prefix + label + ": nilai '" + shortened(raw) + "' tidak dikenal");
      return null;
    }
  }

  public Boolean bool(String name, String label) {
    Object raw = values.apply(name);
    if (raw instanceof Boolean b) {
      return b;
    }
    if (raw != null && ("true".equalsIgnoreCase(raw.toString()) || "false".equalsIgnoreCase(raw.toString()))) {
      return Boolean.valueOf(raw.toString());
    }
    problems.add(prefix + label + " wajib dipilih (ya atau tidak)");
    return null;
  }

  public boolean flag(String name) {
    Object raw = values.apply(name);
    return raw instanceof Boolean b ? b : raw != null && "true".equalsIgnoreCase(raw.toString());
  }

  public BigDecimal number(String name, String label, double min, double max) {
    BigDecimal value = optionalNumber(name, label, min, max);
    if (value == null && values.apply(name) == null) {
      problems.add(prefix + label + " wajib diisi");
    }
    return value;
  }

  public BigDecimal optionalNumber(String name, String label, double min, double max) {
    Object raw = values.apply(name);
    if (raw == null || raw.toString().isBlank()) {
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(raw.toString().strip());
    } catch (NumberFormatException e) {
      problems.add(prefix + label + " harus angka");
      return null;
    }
    if (value.doubleValue() < min || value.doubleValue() > max) {
      problems.add(prefix + label + " harus antara " + plain(min) + " dan " + plain(max));
      return null;
    }
    return value;
  }

  public Long id(String name, String label) {
    BigDecimal value = number(name, label, 1, Long.MAX_VALUE);
    return value == null ? null : value.longValue();
  }

  public LocalDate date(String name, String label) {
    Object raw = values.apply(name);
    if (raw instanceof Date date) {
      return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
    if (raw == null || raw.toString().isBlank()) {
      problems.add(prefix + label + " wajib diisi");
      return null;
    }
    try {
      return LocalDate.parse(raw.toString().strip().substring(0, Math.min(10, raw.toString().strip().length())));
    } catch (DateTimeParseException e) {
      problems.add(prefix + label + " harus tanggal (YYYY-MM-DD)");
      return null;
    }
  }

  /** Adds a problem unless the condition holds. */
  public void require(boolean condition, String message) {
    if (!condition) {
      problems.add(prefix + message);
    }
  }

  public boolean valid() {
    return problems.isEmpty();
  }

  public void refuseIfInvalid() {
    if (!problems.isEmpty()) {
      throw RefusedInput.because(String.join("; ", problems));
    }
  }

  /** A list variable as submitted: Json from Tasklist, a JSON string or a Java list from the API. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object raw) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof List<?> list) {
      return (List<Map<String, Object>>) list;
    }
    String json = raw instanceof JsonValue typed ? typed.getValueSerialized() : raw.toString();
    try {
      return JSON.readValue(json, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** What the person sent, cut short: the answer should not echo a megabyte back. */
  private static String shortened(Object raw) {
    String text = raw.toString();
    return text.length() <= 50 ? text : text.substring(0, 50) + "…";
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
