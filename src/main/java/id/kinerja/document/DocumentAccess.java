package id.kinerja.document;

import id.kinerja.organisation.Employee;
import id.kinerja.organisation.ReportingLine;
import id.kinerja.process.EngineClock;
import id.kinerja.security.Groups;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may read an appraisal's documents: the employee, whoever rated, set or reviewed any part of
 * it (as recorded), the rater and the appeal reviewer on the day (through posts, Plt/Plh included),
 * HR and administrators. A unit's Penetapan: HR, administrators, the leader who set the unit's
 * predicate and the unit head. Nobody else, whatever their other rights.
 */
@Component
class DocumentAccess {

  private final JdbcClient jdbc;
  private final ReportingLine reportingLine;

  DocumentAccess(JdbcClient jdbc, ReportingLine reportingLine) {
    this.jdbc = jdbc;
    this.reportingLine = reportingLine;
  }

  boolean mayReadAppraisal(Authentication user, long appraisalId) {
    if (isHr(user)) {
      return true;
    }
    String nip = jdbc.sql("select nip from kinerja.appraisal where id = ?").param(appraisalId).query(String.class).single();
    return user.getName().equals(nip) || recordedReaders(appraisalId).contains(user.getName())
        || dutyHolders(nip).contains(user.getName());
  }

  boolean mayReadUnit(Authentication user, String unitCode, int year, Set<String> headsOnTheDay) {
    if (isHr(user)) {
      return true;
    }
    boolean setIt = jdbc.sql("select count(*) from kinerja.unit_predicate where unit_code = ? and period_year = ? and set_by = ?")
        .params(unitCode, year, user.getName()).query(Long.class).single() > 0;
    return setIt || headsOnTheDay.contains(user.getName());
  }

  boolean isHr(Authentication user) {
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(group -> group.equals(Groups.PENGELOLA_KINERJA) || group.equals(Groups.CAMUNDA_ADMIN));
  }

  private Set<String> recordedReaders(long appraisalId) {
    return new HashSet<>(jdbc.sql("select approved_by from kinerja.performance_plan where appraisal_id = :id"
            + " union select rater_nip from kinerja.final_rating where appraisal_id = :id"
            + " union select reviewer_nip from kinerja.quarterly_review where appraisal_id = :id"
            + " union select reviewer_nip from kinerja.appeal where appraisal_id = :id"
            + " union select decided_by from kinerja.appeal where appraisal_id = :id")
        .param("id", appraisalId).query(String.class).list());
  }

  private Set<String> dutyHolders(String nip) {
    Set<String> holders = new HashSet<>();
    var rater = reportingLine.raterDutyOf(nip, EngineClock.today());
    rater.flatMap(ReportingLine.Duty::holder).map(Employee::nip).ifPresent(holders::add);
    String raterNip = rater.flatMap(ReportingLine.Duty::holder).map(Employee::nip).orElse(null);
    reportingLine.reviewerDutyOf(nip, EngineClock.today(), raterNip).flatMap(ReportingLine.Duty::holder)
        .map(Employee::nip).ifPresent(holders::add);
    return holders;
  }
}
