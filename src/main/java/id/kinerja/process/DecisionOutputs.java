package id.kinerja.process;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outputs of decision tables that the server reads as one of its own lists (a predicate, a
 * rating, a kind of curve bound), by output name in any table: the deployment check refuses a
 * table whose rule gives any other value, naming it, so a process owner's change never becomes an
 * incident later. Outputs not named here (a training topic and its label) are the table's own.
 */
public final class DecisionOutputs {

  /** The values one output may take; a list output holds several of them, comma separated. */
  public record Allowed(Set<String> values, boolean list) {}

  private final Map<String, Allowed> outputs;

  private DecisionOutputs(Map<String, Allowed> outputs) {
    this.outputs = outputs;
  }

  public static DecisionOutputs none() {
    return new DecisionOutputs(Map.of());
  }

  /** The output gives one constant of the enum. */
  public DecisionOutputs oneOf(String output, Class<? extends Enum<?>> values) {
    return with(output, new Allowed(names(values), false));
  }

  /** The output gives one or more constants of the enum, comma separated. */
  public DecisionOutputs listOf(String output, Class<? extends Enum<?>> values) {
    return with(output, new Allowed(names(values), true));
  }

  public Optional<Allowed> allowed(String output) {
    return Optional.ofNullable(outputs.get(output));
  }

  private DecisionOutputs with(String output, Allowed allowed) {
    Map<String, Allowed> more = new TreeMap<>(outputs);
    more.put(output, allowed);
    return new DecisionOutputs(Map.copyOf(more));
  }

  private static Set<String> names(Class<? extends Enum<?>> type) {
    Set<String> names = new LinkedHashSet<>();
    Arrays.stream(type.getEnumConstants()).forEach(constant -> names.add(constant.name()));
    return names;
  }
}
