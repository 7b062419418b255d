package id.kinerja.organisation;

import static id.kinerja.organisation.AppointmentProcess.Variables.ACTING_FOR;
import static id.kinerja.organisation.AppointmentProcess.Variables.DUE;
import static id.kinerja.organisation.AppointmentProcess.Variables.POSITION_CODE;
import static id.kinerja.organisation.AppointmentProcess.Variables.POSITION_TITLE;
import static id.kinerja.organisation.AppointmentProcess.Variables.UNIT_NAME;

import id.kinerja.process.AsSystem;
import id.kinerja.process.EngineClock;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Vacant posts whose work fell due: the first task that finds a post vacant asks HR, once per
 * vacancy, to appoint a Plt/Plh (the process {@value AppointmentProcess#KEY}); the vacancy ends
 * when the post has a holder again, by that task or through the directory API.
 */
@Service
public class VacantPosts {

  public record Vacancy(String positionCode, String title, String unitName, LocalDateTime reportedAt) {}

  private final JdbcClient jdbc;
  private final OrganisationRepository repository;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final int appointDays;

  VacantPosts(JdbcClient jdbc, OrganisationRepository repository, RuntimeService runtimeService,
      IdentityService identityService, @Value("${kinerja.vacant-post.appoint-days:7}") int appointDays) {
    this.jdbc = jdbc;
    this.repository = repository;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.appointDays = appointDays;
  }

  /** Asks HR to appoint a Plt/Plh unless the vacancy is already reported. */
  public void reportVacant(String positionCode, Optional<Employee> actingFor) {
    // The post's row serialises two tasks finding the same vacancy at once (a period opening).
    jdbc.sql("select code from kinerja.org_position where code = ? for update").param(positionCode).query(String.class).list();
    if (isOpen(positionCode)) {
      return;
    }
    Position post = repository.position(positionCode).orElseThrow();
    Date due = Date.from(EngineClock.today().plusDays(appointDays).atStartOfDay(ZoneId.systemDefault()).toInstant());
    String instance = AsSystem.call(identityService, () -> runtimeService.startProcessInstanceByKey(AppointmentProcess.KEY,
        positionCode, Map.of(POSITION_CODE, positionCode, POSITION_TITLE, post.title(),
            UNIT_NAME, repository.unit(post.unitCode()).map(Unit::name).orElse(""),
            ACTING_FOR, actingFor.map(e -> e.name() + " (" + e.nip() + ")").orElse("belum ada: tugas menunggu"),
            DUE, due)).getId());
    Timestamp now = EngineClock.now();
    if (jdbc.sql("update kinerja.vacant_post set reported_at = ?, process_instance_id = ?, filled_at = null where position_code = ?")
        .params(now, instance, positionCode).update() == 0) {
      jdbc.sql("insert into kinerja.vacant_post (position_code, reported_at, process_instance_id) values (?, ?, ?)")
          .params(positionCode, now, instance).update();
    }
  }

  /** The post has a holder: the vacancy is closed. */
  void filled(String positionCode) {
    jdbc.sql("update kinerja.vacant_post set filled_at = ? where position_code = ? and filled_at is null")
        .params(EngineClock.now(), positionCode).update();
  }

  /** Ends HR's appointment task of the post, when the post was filled through the directory API instead. */
  void withdrawRequest(String positionCode) {
    AsSystem.call(identityService, () -> runtimeService.createMessageCorrelation(AppointmentProcess.POST_FILLED)
        .processInstanceBusinessKey(positionCode).correlateAllWithResult());
  }

  /** The vacancies HR has been asked to fill and has not yet filled, oldest first. */
  public List<Vacancy> open() {
    return jdbc.sql("select v.position_code, p.title, u.name as unit_name, v.reported_at from kinerja.vacant_post v"
            + " join kinerja.org_position p on p.code = v.position_code join kinerja.org_unit u on u.code = p.unit_code"
            + " where v.filled_at is null order by v.reported_at, v.position_code")
        .query(Vacancy.class).list();
  }

  private boolean isOpen(String positionCode) {
    return jdbc.sql("select count(*) from kinerja.vacant_post where position_code = ? and filled_at is null")
        .param(positionCode).query(Integer.class).single() > 0;
  }
}
