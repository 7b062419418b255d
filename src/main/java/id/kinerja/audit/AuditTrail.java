package id.kinerja.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit trail. {@link #record} writes in the caller's transaction, so a change and
 * its record commit or roll back together; {@link #recordSeparately} writes in a transaction of its
 * own, because the refused change itself is rolled back. The actor is the logged-in user (the
 * engine's authenticated user for engine calls), or {@value #SYSTEM} for jobs and start-up; the
 * address is the client's as the server sees it (behind a proxy: the forwarded one).
 */
@Service
public class AuditTrail {

  public static final String SYSTEM = "sistem";
  static final int MAX_DETAIL = 1_000_000;

  /**
   * One event: what happened, on what, with which values, and whose record it touched: a person,
   * or a process instance (an appraisal's gives its NIP and appraisal).
   */
  public record Event(AuditAction action, String subjectNip, String processInstanceId, String target, String detail) {

    /** The detail as given if it is text, else as JSON. */
    public static Event of(AuditAction action, String target, Object detail) {
      return new Event(action, null, null, target, detail == null || detail instanceof String ? (String) detail : json(detail));
    }

    public Event aboutPerson(String nip) {
      return new Event(action, nip, processInstanceId, target, detail);
    }

    public Event aboutInstance(String instanceId) {
      return new Event(action, subjectNip, instanceId, target, detail);
    }
  }

  private record Appraisal(long id, String nip) {}

  /**
   * Published for every recorded event, in the recording transaction: a listener that should act
   * only on what committed listens after commit (documents reissued when their record changed).
   */
  public record Recorded(AuditAction action, Long appraisalId, String target) {}

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  static String json(Object detail) {
    try {
      return JSON.writeValueAsString(detail);
    } catch (JsonProcessingException e) {
      return String.valueOf(detail);
    }
  }

  private final JdbcClient jdbc;
  private final IdentityService identityService;
  private final TransactionTemplate separately;
  private final ApplicationEventPublisher events;

  AuditTrail(JdbcClient jdbc, IdentityService identityService, PlatformTransactionManager transactions,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
    this.identityService = identityService;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public void record(Event event) {
    record(event, currentActor());
  }

  public void record(Event event, String actor) {
    String detail = event.detail() == null || event.detail().length() <= MAX_DETAIL ? event.detail()
        : event.detail().substring(0, MAX_DETAIL);
    Appraisal appraisal = event.processInstanceId() == null ? null
        : jdbc.sql("select id, nip from kinerja.appraisal where process_instance_id = ?").param(event.processInstanceId())
            .query(Appraisal.class).optional().orElse(null);
    jdbc.sql("insert into kinerja.audit_event (occurred_at, actor, client_address, action, subject_nip, appraisal_id,"
            + " process_instance_id, target, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(Timestamp.from(Instant.now()), actor == null ? SYSTEM : actor, clientAddress(), event.action().name(),
            appraisal != null ? appraisal.nip() : event.subjectNip(), appraisal == null ? null : appraisal.id(),
            event.processInstanceId(), shortened(event.target(), 300), detail)
        .update();
    events.publishEvent(new Recorded(event.action(), appraisal == null ? null : appraisal.id(), event.target()));
  }

  /** Records in a transaction of its own: a refusal survives the rollback of what it refused. */
  public void recordSeparately(Event event, String actor) {
    separately.executeWithoutResult(tx -> record(event, actor));
  }

  /** The user on whose behalf this runs: the engine's authentication first, then the web login. */
  public String currentActor() {
    Authentication engineUser = identityService.getCurrentAuthentication();
    if (engineUser != null && engineUser.getUserId() != null) {
      return engineUser.getUserId();
    }
    var web = SecurityContextHolder.getContext().getAuthentication();
    return web != null && web.isAuthenticated() && !"anonymousUser".equals(web.getName()) ? web.getName() : SYSTEM;
  }

  private static String clientAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return shortened(request.getRemoteAddr(), 64);
    }
    return null;
  }

  private static String shortened(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
