package id.kinerja.plan;

import id.kinerja.process.EngineClock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SKPs: their status, RHK rows, the leader's expectations and the review rounds. */
@Repository
public class PlanRepository {

  public static final String DRAFT = "DRAFT";
  public static final String SUBMITTED = "DIAJUKAN";
  public static final String RETURNED = "DIKEMBALIKAN";
  public static final String APPROVED = "DISETUJUI";

  private static final String RESULT_COLUMNS = "id, seq, kind, description, parent_result_id, organisation_goal_id,"
      + " quantity_indicator, quantity_target, quantity_unit, quality_indicator, quality_target, time_indicator, time_target";

  private final JdbcClient jdbc;

  public PlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void ensureDraft(long appraisalId) {
    jdbc.sql("insert into kinerja.performance_plan (appraisal_id, status) select ?, 'DRAFT'"
        + " where not exists (select 1 from kinerja.performance_plan where appraisal_id = ?)").params(appraisalId, appraisalId).update();
  }

  public Optional<String> status(long appraisalId) {
    return jdbc.sql("select status from kinerja.performance_plan where appraisal_id = ?")
        .param(appraisalId).query(String.class).optional();
  }

  public int round(long appraisalId) {
    return jdbc.sql("select round from kinerja.performance_plan where appraisal_id = ?")
        .param(appraisalId).query(Integer.class).optional().orElse(0);
  }

  /**
   * Whether the employee's SKP of the year is approved. Locks their appraisal row, as the approval
   * does, so a subordinate's check and this SKP's approval never miss each other.
   */
  public boolean isApprovedLocking(String nip, int year) {
    Optional<Long> appraisalId = jdbc.sql("select id from kinerja.appraisal where nip = ? and period_year = ? for update")
        .params(nip, year).query(Long.class).optional();
    return appraisalId.flatMap(this::status).filter(APPROVED::equals).isPresent();
  }

  public void lockAppraisal(long appraisalId) {
    jdbc.sql("select id from kinerja.appraisal where id = ? for update").param(appraisalId).query(Long.class).single();
  }

  public List<PlannedResult> results(long appraisalId) {
    return jdbc.sql("select " + RESULT_COLUMNS + " from kinerja.planned_result where appraisal_id = ? order by seq")
        .param(appraisalId).query(PlannedResult.class).list();
  }

  public record ParentOption(long id, int seq, String description, String planStatus) {}

  /** The RHK a subordinate may point at: the supervisor's of the year, with their SKP's status. */
  public List<ParentOption> parentOptions(String supervisorNip, int year) {
    return jdbc.sql("select r.id, r.seq, r.description, p.status as plan_status from kinerja.planned_result r"
            + " join kinerja.performance_plan p on p.appraisal_id = r.appraisal_id"
            + " join kinerja.appraisal a on a.id = r.appraisal_id where a.nip = ? and a.period_year = ? order by r.seq")
        .params(supervisorNip, year).query(ParentOption.class).list();
  }

  /** A goal of the organisation for the year, which the head of the top unit cascades from. */
  public record OrganisationGoal(long id, String description) {}

  public List<OrganisationGoal> organisationGoals(int year) {
    return jdbc.sql("select id, description from kinerja.organisation_goal where period_year = ? order by id")
        .param(year).query(OrganisationGoal.class).list();
  }

  public long addOrganisationGoal(int year, String description) {
    var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("insert into kinerja.organisation_goal (period_year, description) values (?, ?)")
        .params(year, description).update(key, "id");
    return key.getKey().longValue();
  }

  /** Ids of this SKP's RHK that a subordinate's RHK points at: those cannot be removed. */
  public Set<Long> referencedResults(long appraisalId) {
    return new HashSet<>(jdbc.sql("select distinct c.parent_result_id from kinerja.planned_result c"
            + " join kinerja.planned_result p on p.id = c.parent_result_id where p.appraisal_id = ?")
        .param(appraisalId).query(Long.class).list());
  }

  /** Replaces the RHK rows: rows with an id are updated, new rows inserted, missing rows deleted. */
  public List<PlannedResult> saveResults(long appraisalId, List<PlannedResult> rows) {
    Set<Long> kept = new HashSet<>();
    List<PlannedResult> saved = new ArrayList<>();
    for (PlannedResult r : rows) {
      long id = r.id() != null && update(appraisalId, r) ? r.id() : insert(appraisalId, r);
      kept.add(id);
      saved.add(new PlannedResult(id, r.seq(), r.kind(), r.description(), r.parentResultId(), r.organisationGoalId(),
          r.quantityIndicator(), r.quantityTarget(), r.quantityUnit(), r.qualityIndicator(), r.qualityTarget(),
          r.timeIndicator(), r.timeTarget()));
    }
    for (PlannedResult old : results(appraisalId)) {
      if (!kept.contains(old.id())) {
        jdbc.sql("delete from kinerja.planned_result where id = ?").param(old.id()).update();
      }
    }
    return saved;
  }

  /**
   * The SKP's appendix (Lampiran SKP, PermenPANRB 6/2022): the resources the employee relies on,
   * how they account for the work, and what follows from missing a target.
   */
  public record Appendix(String resourceSupport, String accountabilityScheme, String consequences) {}

  /** Submits the SKP with its appendix: a new round waiting for review. */
  public void submit(long appraisalId, Appendix appendix) {
    jdbc.sql("update kinerja.performance_plan set status = 'DIAJUKAN', round = round + 1, submitted_at = ?,"
            + " resource_support = ?, accountability_scheme = ?, consequences = ? where appraisal_id = ?")
        .params(EngineClock.now(), appendix.resourceSupport(), appendix.accountabilityScheme(), appendix.consequences(),
            appraisalId)
        .update();
  }

  /** The appendix as last submitted; empty when there is no SKP or it was submitted before SKPs had one. */
  public Optional<Appendix> appendix(long appraisalId) {
    return jdbc.sql("select resource_support, accountability_scheme, consequences from kinerja.performance_plan"
            + " where appraisal_id = ? and resource_support is not null")
        .param(appraisalId).query(Appendix.class).optional();
  }

  public void recordReview(long appraisalId, String decision, String notes, String reviewerNip) {
    jdbc.sql("insert into kinerja.plan_review (appraisal_id, round, decision, notes, reviewer_nip, reviewed_at)"
            + " values (?, ?, ?, ?, ?, ?)")
        .params(appraisalId, round(appraisalId), decision, notes, reviewerNip, EngineClock.now()).update();
  }

  public void markReturned(long appraisalId) {
    jdbc.sql("update kinerja.performance_plan set status = 'DIKEMBALIKAN' where appraisal_id = ?").param(appraisalId).update();
  }

  public void markApproved(long appraisalId, String approverNip) {
    jdbc.sql("update kinerja.performance_plan set status = 'DISETUJUI', approved_at = ?,"
        + " approved_by = ? where appraisal_id = ?").params(EngineClock.now(), approverNip, appraisalId).update();
  }

  public void saveExpectation(long appraisalId, String valueCode, String expectation) {
    int updated = jdbc.sql("update kinerja.behaviour_expectation set expectation = ? where appraisal_id = ? and value_code = ?")
        .params(expectation, appraisalId, valueCode).update();
    if (updated == 0) {
      jdbc.sql("insert into kinerja.behaviour_expectation (appraisal_id, value_code, expectation) values (?, ?, ?)")
          .params(appraisalId, valueCode, expectation).update();
    }
  }

  private boolean update(long appraisalId, PlannedResult r) {
    return jdbc.sql("update kinerja.planned_result set seq = ?, kind = ?, description = ?, parent_result_id = ?,"
            + " organisation_goal_id = ?, quantity_indicator = ?, quantity_target = ?, quantity_unit = ?,"
            + " quality_indicator = ?, quality_target = ?, time_indicator = ?, time_target = ?"
            + " where id = ? and appraisal_id = ?")
        .params(r.seq(), r.kind().name(), r.description(), r.parentResultId(), r.organisationGoalId(),
            r.quantityIndicator(), r.quantityTarget(), r.quantityUnit(), r.qualityIndicator(), r.qualityTarget(),
            r.timeIndicator(), r.timeTarget(), r.id(), appraisalId)
        .update() == 1;
  }

  private long insert(long appraisalId, PlannedResult r) {
    var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("insert into kinerja.planned_result (appraisal_id, seq, kind, description, parent_result_id,"
            + " organisation_goal_id, quantity_indicator, quantity_target, quantity_unit, quality_indicator,"
            + " quality_target, time_indicator, time_target) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(appraisalId, r.seq(), r.kind().name(), r.description(), r.parentResultId(), r.organisationGoalId(),
            r.quantityIndicator(), r.quantityTarget(), r.quantityUnit(), r.qualityIndicator(), r.qualityTarget(),
            r.timeIndicator(), r.timeTarget())
        .update(key, "id");
    return key.getKey().longValue();
  }
}
