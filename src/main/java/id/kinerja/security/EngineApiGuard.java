package id.kinerja.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a permitted call to the engine API may change. Camunda's authorizations decide who may
 * call an endpoint; this decides what the call may carry, before the engine sees it: a completion
 * only the fields of the task's form ({@link SubmittedVariables}); a start only its declared
 * variables; a non-administrator only the writes of {@link EngineApiRules}, no deletion of a
 * deployment that holds records, and no query filtering by values of variables the caller may
 * not read ({@link EngineApiChecks}). Each refusal, and each change that passes outside a form,
 * goes to the audit trail. Both copies of the API pass here (see {@link EngineApiCall}).
 */
@Configuration
class EngineApiGuard {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SECRET_FIELDS = Set.of("password", "authenticatedUserPassword");

  record Refusal(int status, String type, String message) {}

  private final EngineApiChecks checks;
  private final AuditTrail audit;

  EngineApiGuard(EngineApiChecks checks, AuditTrail audit) {
    this.checks = checks;
    this.audit = audit;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> engineApiGuardFilter() {
    return HttpFilters.registration(0, this::filter, "/engine-rest/*", "/camunda/api/*");
  }

  private void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<EngineApiCall> parsed = EngineApiCall.of(request);
    Authentication login = SecurityContextHolder.getContext().getAuthentication();
    if (parsed.isEmpty() || login == null || !login.isAuthenticated() || login instanceof AnonymousAuthenticationToken) {
      chain.doFilter(request, response);
      return;
    }
    EngineApiCall call = parsed.get();
    EngineApiChecks.Caller caller = new EngineApiChecks.Caller(login.getName(),
        login.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    HttpServletRequest forward = request;
    JsonNode body = null;
    if (!call.reads() && String.valueOf(request.getContentType()).contains("json")) {
      BufferedRequest buffered = new BufferedRequest(request, request.getInputStream().readAllBytes());
      forward = buffered;
      body = SubmittedVariables.read(buffered.body());
    }
    boolean change = !call.reads() && !EngineApiRules.isQuery(call);
    Task task = change ? checks.taskOf(call) : null;
    Refusal refusal = checks.refusal(call, caller, queryParameters(request), body, task);
    String instance = change ? checks.instanceOf(call, task) : null;
    if (refusal != null) {
      audit.recordSeparately(refused(call, refusal.status() + " " + refusal.message(), body, instance), caller.user());
      answer(response, refusal);
      return;
    }
    chain.doFilter(forward, response);
    if (change) {
      record(call, caller, body, instance, response.getStatus());
    }
  }

  /** Completions and new deployments are recorded by the engine with what it accepted; the rest here. */
  private void record(EngineApiCall call, EngineApiChecks.Caller caller, JsonNode body, String instance, int status) {
    if (status >= 400) {
      audit.recordSeparately(refused(call, "jawaban " + status, body, instance), caller.user());
      return;
    }
    boolean deletion = EngineApiRules.isDeploymentDeletion(call);
    if (deletion || !EngineApiRules.isCompletion(call) && !call.first().equals("deployment")) {
      AuditAction action = deletion ? AuditAction.DEPLOYMENT_DIHAPUS : AuditAction.PERUBAHAN_API;
      audit.recordSeparately(AuditTrail.Event.of(action, call.describe(), body == null ? null : redacted(body))
          .aboutInstance(instance), caller.user());
    }
  }

  private static AuditTrail.Event refused(EngineApiCall call, String why, JsonNode body, String instance) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("alasan", why);
    detail.put("isian", SubmittedVariables.names(body));
    return AuditTrail.Event.of(AuditAction.PERMINTAAN_DITOLAK, call.describe(), detail).aboutInstance(instance);
  }

  /** The body as recorded: passwords never. */
  private static JsonNode redacted(JsonNode body) {
    JsonNode copy = body.deepCopy();
    for (String field : SECRET_FIELDS) {
      copy.findParents(field).forEach(parent -> ((ObjectNode) parent).put(field, "***"));
    }
    return copy;
  }

  /** The query string's parameters; a body is not read for them (that would consume a multipart deployment). */
  private static Map<String, String[]> queryParameters(HttpServletRequest request) {
    Map<String, String[]> parameters = new LinkedHashMap<>();
    if (request.getQueryString() != null) {
      for (String pair : request.getQueryString().split("&")) {
        int equals = pair.indexOf('=');
        String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        parameters.merge(name, new String[] {value}, (a, b) -> java.util.stream.Stream.concat(java.util.Arrays.stream(a),
            java.util.Arrays.stream(b)).toArray(String[]::new));
      }
    }
    return parameters;
  }

  private static void answer(HttpServletResponse response, Refusal refusal) throws IOException {
    response.setStatus(refusal.status());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(Map.of("type", refusal.type(), "message", refusal.message())));
  }
}
