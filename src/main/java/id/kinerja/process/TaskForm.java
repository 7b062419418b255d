package id.kinerja.process;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one Camunda Form in {@code forms/} submits, declared once beside the code that checks it:
 * its top-level fields and, for a dynamic list, the fields of each row. A completion of a task
 * that uses the form may carry these variables and nothing else; the build compares every
 * declaration with its form file both ways (ModelContractTest), and a deployment whose form
 * differs from its declaration is refused.
 */
public record TaskForm(String id, Map<String, Set<String>> fields) {

  public TaskForm {
    fields = Map.copyOf(fields);
  }

  public static TaskForm of(String id, String... fields) {
    return new TaskForm(id, Map.of()).and(fields);
  }

  public TaskForm and(String... names) {
    return and(List.of(names));
  }

  public TaskForm and(Collection<String> names) {
    Map<String, Set<String>> more = new LinkedHashMap<>(fields);
    names.forEach(name -> more.put(name, Set.of()));
    return new TaskForm(id, more);
  }

  /** A dynamic list: the variable holds a list of rows, each with these fields. */
  public TaskForm withRows(String list, String... rowFields) {
    Map<String, Set<String>> more = new LinkedHashMap<>(fields);
    more.put(list, new LinkedHashSet<>(List.of(rowFields)));
    return new TaskForm(id, more);
  }

  public boolean accepts(String field) {
    return fields.containsKey(field);
  }

  /** The fields of a row of the list, empty for a plain field. */
  public Set<String> rowFields(String field) {
    return fields.getOrDefault(field, Set.of());
  }

  public boolean isList(String field) {
    return !rowFields(field).isEmpty();
  }
}
