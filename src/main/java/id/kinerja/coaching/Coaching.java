package id.kinerja.coaching;

import static id.kinerja.appraisal.AppraisalVariables.APPRAISAL_ID;
import static id.kinerja.appraisal.AppraisalVariables.COACHING_REQUESTED_BY;
import static id.kinerja.appraisal.AppraisalVariables.COACHING_SESSION;
import static id.kinerja.appraisal.AppraisalVariables.COACHING_TOPIC;
import static id.kinerja.appraisal.AppraisalVariables.RATER_NIP;
import static id.kinerja.coaching.CoachingForms.*;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.organisation.Employee;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.ReportingLine;
import id.kinerja.process.AsSystem;
import id.kinerja.process.EngineClock;
import id.kinerja.process.FormInput;
import id.kinerja.process.ModelApi;
import id.kinerja.process.OnCompletion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Coaching sessions (dialog kinerja) during the year. Either the employee or their rater asks for
 * one by starting "Minta dialog kinerja" in Tasklist; that reaches the employee's appraisal as the
 * message {@value AppraisalProcess#COACHING_REQUESTED}, which opens a non-interrupting event subprocess of the
 * whole appraisal (from the start of monitoring until the final rating, checked here): the rater records
 * the session, the employee gives feedback on it. Several sessions may run at once, so each keeps
 * its form values local to its own scope.
 */
@Component
public class Coaching {

  static final String INCOMING = "masuk_";
  private static final String[] REQUEST_FIELDS = {COACHING_SESSION, COACHING_REQUESTED_BY, COACHING_TOPIC};
  private static final String[] SESSION_FIELDS = {HELD_ON, NOTES, AGREED_ACTIONS, COMPETENCY, SCORE, FEEDBACK};

  private final CoachingRepository coaching;
  private final OrganisationRepository organisation;
  private final ReportingLine reportingLine;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final HistoryService history;

  Coaching(CoachingRepository coaching, OrganisationRepository organisation, ReportingLine reportingLine,
      RuntimeService runtimeService, IdentityService identityService, HistoryService history) {
    this.history = history;
    this.coaching = coaching;
    this.organisation = organisation;
    this.reportingLine = reportingLine;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** End listener of the start event of "Minta dialog kinerja": checks who asks and forwards. */
  @Bean
  @ModelApi
  ExecutionListener coachingRequestCheck() {
    return OnCompletion.check(this::forwardRequest);
  }

  /**
   * Start listener of the coaching event subprocess: the request arrives in {@value #INCOMING}
   * variables and moves into the subprocess's own scope with its form values, in the same
   * transaction as the correlation.
   */
  @Bean
  @ModelApi
  ExecutionListener coachingSessionScope() {
    return execution -> {
      for (String field : SESSION_FIELDS) {
        execution.setVariableLocal(field, null);
      }
      for (String field : REQUEST_FIELDS) {
        execution.setVariableLocal(field, execution.getVariable(INCOMING + field));
      }
    };
  }

  @Bean
  @ModelApi
  ExecutionListener coachingRecordCheck() {
    return OnCompletion.check(this::checkRecord);
  }

  @Bean
  @ModelApi
  ExecutionListener coachingFeedbackCheck() {
    return OnCompletion.check(this::checkFeedback);
  }

  void forwardRequest(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    String nip = input.text(EMPLOYEE, "NIP pegawai", 18, 18);
    String topic = input.text(TOPIC, "Topik dialog", 10, 1000);
    input.refuseIfInvalid();
    // The logged-in user, never a "pemohon" the request itself names: a start may set any variable.
    String requester = AsSystem.currentUserOr(identityService, execution.getVariable(CoachingRequestProcess.Variables.REQUESTER));
    execution.setVariable(CoachingRequestProcess.Variables.REQUESTER, requester);
    LocalDate today = EngineClock.today();
    boolean isEmployee = nip.equals(requester);
    boolean isRater = reportingLine.supervisorOf(nip, today).map(Employee::nip).filter(s -> s.equals(requester)).isPresent();
    input.require(organisation.employee(nip).isPresent(), "Pegawai dengan NIP " + nip + " tidak ditemukan");
    input.require(isEmployee || isRater, "Dialog kinerja hanya dapat diminta oleh pegawai sendiri atau pejabat penilainya");
    input.refuseIfInvalid();
    Optional<String> open = AsSystem.call(identityService, () -> appraisalOpenForCoaching(nip, today));
    input.require(open.isPresent(), "Dialog kinerja hanya dapat diminta sejak SKP ditetapkan sampai penilaian kinerja"
        + " akhir selesai (penilaian tahun " + today.getYear() + ")");
    input.refuseIfInvalid();
    String appraisal = open.get();
    long appraisalId = AppraisalVariables.number(AsSystem.call(identityService,
        () -> runtimeService.getVariable(appraisal, APPRAISAL_ID))).longValue();
    long sessionId = coaching.request(appraisalId, requester, topic);
    String requesterName = organisation.employee(requester).map(Employee::name).orElse(requester);
    AsSystem.call(identityService, () -> runtimeService.createMessageCorrelation(AppraisalProcess.COACHING_REQUESTED)
        .processInstanceId(appraisal)
        .setVariables(Map.of(INCOMING + COACHING_SESSION, sessionId, INCOMING + COACHING_REQUESTED_BY, requesterName,
            INCOMING + COACHING_TOPIC, topic))
        .correlateWithResult());
  }

  /**
   * The appraisal a dialog joins: this year's, or in the first weeks of a year last year's while its
   * final rating is still to be given. Its dialog is open from the start of monitoring until
   * "Nilai kinerja akhir" is completed (the event subprocess itself lives as long as the appraisal).
   */
  private Optional<String> appraisalOpenForCoaching(String nip, LocalDate today) {
    for (int year : new int[] {today.getYear(), today.getYear() - 1}) {
      List<Execution> waiting = runtimeService.createExecutionQuery()
          .processInstanceBusinessKey(AppraisalVariables.businessKey(nip, year)).processDefinitionKey(AppraisalProcess.KEY)
          .messageEventSubscriptionName(AppraisalProcess.COACHING_REQUESTED).list();
      for (Execution execution : waiting) {
        String instance = execution.getProcessInstanceId();
        boolean monitored = history.createHistoricActivityInstanceQuery().processInstanceId(instance)
            .activityId(AppraisalProcess.MONITORING).count() > 0;
        boolean rated = history.createHistoricActivityInstanceQuery().processInstanceId(instance)
            .activityId(AppraisalProcess.FINAL_RATING_TASK).finished().count() > 0;
        if (monitored && !rated) {
          return Optional.of(instance);
        }
      }
    }
    return Optional.empty();
  }

  void checkRecord(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    LocalDate heldOn = input.date(HELD_ON, "Tanggal dialog");
    input.require(heldOn == null || !heldOn.isAfter(EngineClock.today()), "Tanggal dialog tidak boleh di masa depan");
    String notes = input.text(NOTES, "Catatan dialog", 10, 4000);
    String actions = input.text(AGREED_ACTIONS, "Tindak lanjut yang disepakati", 5, 2000);
    Competency competency = input.optionalText(COMPETENCY, "Kompetensi", 30) == null ? null
        : input.choice(COMPETENCY, "Kompetensi yang dievaluasi", Competency.class);
    Integer score = null;
    if (competency != null) {
      var value = input.number(SCORE, "Skor kompetensi", 1, 5);
      input.require(value == null || value.stripTrailingZeros().scale() <= 0, "Skor kompetensi harus bilangan bulat 1 sampai 5");
      score = value == null ? null : value.intValue();
    }
    input.refuseIfInvalid();
    String supervisor = AsSystem.currentUserOr(identityService, execution.getVariable(RATER_NIP));
    coaching.record(sessionId(execution), heldOn, notes, actions, competency == null ? null : competency.name(), score,
        supervisor);
  }

  void checkFeedback(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    String feedback = input.text(FEEDBACK, "Umpan balik", 3, 2000);
    input.refuseIfInvalid();
    coaching.recordFeedback(sessionId(execution), feedback);
  }

  private static long sessionId(DelegateExecution execution) {
    return ((Number) execution.getVariable(COACHING_SESSION)).longValue();
  }
}
