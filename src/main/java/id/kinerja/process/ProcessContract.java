package id.kinerja.process;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the Java side of the project relies on in one process model: its variables, the element
 * ids and messages the code names, and the variables a start may carry. Declared once per process
 * (the variables as the constants of one class); ModelContractTest checks it against
 * {@code processes/}, and a deployment of the process is refused when its expressions read a
 * variable the contract does not declare.
 */
public record ProcessContract(String key, Set<String> variables, Set<String> elements, Set<String> messages,
    Set<String> startVariables, Set<String> starters) {

  public ProcessContract {
    variables = Set.copyOf(variables);
    elements = Set.copyOf(elements);
    messages = Set.copyOf(messages);
    startVariables = Set.copyOf(startVariables);
    starters = Set.copyOf(starters);
  }

  /** The variables are the values of the public String constants of the class. */
  public static ProcessContract of(String key, Class<?> variables) {
    return new ProcessContract(key, constantsOf(variables), Set.of(), Set.of(), Set.of(), Set.of());
  }

  public ProcessContract elements(String... ids) {
    return new ProcessContract(key, variables, Set.of(ids), messages, startVariables, starters);
  }

  public ProcessContract messages(String... names) {
    return new ProcessContract(key, variables, elements, Set.of(names), startVariables, starters);
  }

  /** The variables a start without a start form may carry; each must be a declared variable. */
  public ProcessContract startedWith(String... names) {
    return new ProcessContract(key, variables, elements, messages, Set.of(names), starters);
  }

  /** Groups whose members may start the process themselves, from Tasklist (HR starts any). */
  public ProcessContract startableBy(String... groups) {
    return new ProcessContract(key, variables, elements, messages, startVariables, Set.of(groups));
  }

  static Set<String> constantsOf(Class<?> holder) {
    return Arrays.stream(holder.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
        .map(ProcessContract::value).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
