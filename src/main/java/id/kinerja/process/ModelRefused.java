package id.kinerja.process;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/** A deployment refused before anything was stored, with every element that broke a rule and which rule. */
public class ModelRefused extends ProcessEngineException {

  private final List<String> problems;

  public ModelRefused(List<String> problems) {
    super("Model ditolak, tidak ada yang di-deploy: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
