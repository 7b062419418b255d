package id.kinerja.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * What the engine API allows besides reading, for everyone but an administrator: queries (also
 * sent as POST), working one's own task through its form, starting a process, evaluating a
 * decision, deploying, and changing one's own password. Every other change (variables outside a
 * completion, a task's dates, assignee, owner, groups or delegation, BPMN errors thrown from a
 * task, jobs, suspension, messages and signals, users, groups and authorizations) stays with
 * administrators. An allowlist: a write endpoint added by an upgrade is refused until it is here.
 */
final class EngineApiRules {

  /** Single-segment POST endpoints that are not queries. */
  private static final Set<String> NOT_QUERIES = Set.of("message", "signal", "condition");
  static final Set<String> TASK_WORK = Set.of("claim", "unclaim", "complete", "submit-form", "resolve");
  static final Set<String> COMPLETIONS = Set.of("complete", "submit-form", "resolve");
  private static final Set<String> FILTER_RUNS = Set.of("list", "count", "singleResult");
  /** Query parameters and body fields that filter by a variable's value. */
  private static final Set<String> VARIABLE_FILTERS = Set.of("variables", "processVariables", "taskVariables",
      "caseInstanceVariables", "caseExecutionVariables", "variableValues", "variableValue");

  private EngineApiRules() {}

  /** A write a non-administrator may send; {@code user} is who sends it. */
  static boolean mayWrite(EngineApiCall call, String user) {
    if (call.cockpitPlugin()) {
      return isQuery(call);
    }
    return switch (call.method()) {
      case "POST" -> isQuery(call) || isTaskWork(call) || isStart(call)
          || (call.first().equals("task") && call.size() == 4 && call.segment(2).equals("comment") && call.last().equals("create"))
          || (call.first().equals("decision-definition") && call.last().equals("evaluate"))
          || (call.first().equals("deployment") && (call.size() == 2 && call.last().equals("create")
              || call.size() == 3 && call.last().equals("redeploy")))
          || (call.first().equals("filter") && call.size() == 3 && FILTER_RUNS.contains(call.last()))
          || (call.size() == 2 && call.first().equals("identity") && call.last().equals("password-policy"));
      case "PUT" -> call.size() == 3 && call.first().equals("user") && call.segment(1).equals(user)
          && call.last().equals("credentials");
      case "DELETE" -> isDeploymentDeletion(call);
      default -> false;
    };
  }

  /**
   * A query sent as POST: a collection, a history collection, or a count; Cockpit's plugins POST
   * nothing but queries (their changes go through the engine API).
   */
  static boolean isQuery(EngineApiCall call) {
    return call.method().equals("POST") && (call.cockpitPlugin() || call.size() == 1 && !NOT_QUERIES.contains(call.first())
        || call.size() == 2 && call.first().equals("history") && !call.last().equals("cleanup")
        || call.last().equals("count"));
  }

  static boolean isTaskWork(EngineApiCall call) {
    return call.first().equals("task") && call.size() == 3 && TASK_WORK.contains(call.last());
  }

  static boolean isCompletion(EngineApiCall call) {
    return !call.cockpitPlugin() && call.method().equals("POST") && call.first().equals("task") && call.size() == 3
        && COMPLETIONS.contains(call.last());
  }

  static boolean isStart(EngineApiCall call) {
    return !call.cockpitPlugin() && call.method().equals("POST") && call.first().equals("process-definition")
        && (call.last().equals("start") || call.last().equals("submit-form"));
  }

  static boolean isDeploymentDeletion(EngineApiCall call) {
    return !call.cockpitPlugin() && call.method().equals("DELETE") && call.first().equals("deployment") && call.size() == 2;
  }

  /**
   * Whether a query filters by variable values, in its parameters or its body (also inside
   * {@code orQueries}). Task queries are left out: they only find tasks the caller may read,
   * whose variables the caller may read too.
   */
  static boolean filtersByVariableValue(EngineApiCall call, Map<String, String[]> parameters, JsonNode body) {
    if (!call.cockpitPlugin() && (call.first().equals("task") || call.first().equals("filter"))) {
      return false;
    }
    boolean inParameters = parameters.entrySet().stream()
        .anyMatch(p -> VARIABLE_FILTERS.contains(p.getKey()) && p.getValue().length > 0 && !p.getValue()[0].isBlank());
    return inParameters || hasVariableFilter(body) || (body != null && hasAny(body.path("orQueries")));
  }

  private static boolean hasAny(JsonNode orQueries) {
    for (JsonNode query : orQueries) {
      if (hasVariableFilter(query)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasVariableFilter(JsonNode query) {
    if (query == null || !query.isObject()) {
      return false;
    }
    return VARIABLE_FILTERS.stream().map(query::path)
        .anyMatch(value -> value.isArray() ? !value.isEmpty() : value.isTextual() && !value.asText().isBlank());
  }

  /** History queries need the right to read variable history, others the right to read variables. */
  static boolean readsHistory(EngineApiCall call) {
    return call.first().equals("history");
  }
}
