package id.kinerja.monitoring;

import static id.kinerja.appraisal.AppraisalVariables.EVALUATION_FREQUENCY;
import static id.kinerja.appraisal.AppraisalVariables.QUARTER;
import static id.kinerja.appraisal.AppraisalVariables.RATER_NIP;
import static id.kinerja.monitoring.MonitoringForms.EARLY_REASON;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.appraisal.AppraisalRepository;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.monitoring.EvaluationCalendar.EvaluationPeriod;
import id.kinerja.process.AsSystem;
import id.kinerja.process.EngineClock;
import id.kinerja.process.FormInput;
import id.kinerja.process.ModelApi;
import id.kinerja.process.OnCompletion;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * "Minta evaluasi lebih awal": the employee, for their own appraisal only, opens the evaluation
 * period that is running today before it ends. The request names no employee and no period: the
 * server takes the logged-in user and today's period, so nobody opens another person's period or a
 * period still to come.
 */
@Component
class EarlyEvaluation {

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final AppraisalRepository appraisals;

  EarlyEvaluation(RuntimeService runtimeService, IdentityService identityService, AppraisalRepository appraisals) {
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.appraisals = appraisals;
  }

  /** End listener of the start event of "Minta evaluasi lebih awal". */
  @Bean
  @ModelApi
  ExecutionListener earlyEvaluationCheck() {
    return OnCompletion.check(this::openEarly);
  }

  void openEarly(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    String reason = input.text(EARLY_REASON, "Alasan", 10, 1000);
    input.refuseIfInvalid();
    String requester = AsSystem.currentUserOr(identityService, execution.getVariable(EarlyEvaluationProcess.Variables.REQUESTER));
    execution.setVariable(EarlyEvaluationProcess.Variables.REQUESTER, requester);
    LocalDate today = EngineClock.today();
    Optional<Waiting> running = AsSystem.call(identityService, () -> runningPeriod(requester, today));
    input.require(running.isPresent(), "Evaluasi lebih awal hanya dapat diminta oleh pegawai sendiri untuk periode evaluasi"
        + " yang sedang berjalan pada penilaian tahun " + today.getYear());
    input.refuseIfInvalid();
    Waiting waiting = running.get();
    AsSystem.call(identityService, () -> {
      runtimeService.messageEventReceived(AppraisalProcess.EARLY_EVALUATION_REQUESTED, waiting.executionId());
      Object rater = runtimeService.getVariable(waiting.executionId(), RATER_NIP);
      long appraisalId = AppraisalVariables.number(runtimeService.getVariable(waiting.executionId(),
          AppraisalVariables.APPRAISAL_ID)).longValue();
      String message = "Evaluasi " + waiting.period().label() + " dibuka lebih awal atas permintaan pegawai: " + reason;
      appraisals.notify(appraisalId, requester, "EVALUASI_LEBIH_AWAL", message);
      if (rater != null) {
        appraisals.notify(appraisalId, String.valueOf(rater), "EVALUASI_LEBIH_AWAL", message);
      }
      return null;
    });
  }

  private record Waiting(String executionId, EvaluationPeriod period) {}

  /** The employee's own period that waits for its end and contains today, if any. */
  private Optional<Waiting> runningPeriod(String nip, LocalDate today) {
    List<Execution> waiting = runtimeService.createExecutionQuery()
        .processInstanceBusinessKey(AppraisalVariables.businessKey(nip, today.getYear()))
        .processDefinitionKey(AppraisalProcess.KEY)
        .messageEventSubscriptionName(AppraisalProcess.EARLY_EVALUATION_REQUESTED).list();
    for (Execution execution : waiting) {
      int number = AppraisalVariables.number(runtimeService.getVariable(execution.getId(), QUARTER)).intValue();
      EvaluationPeriod period = EvaluationCalendar.period(today.getYear(),
          EvaluationCalendar.frequencyOf(runtimeService.getVariable(execution.getId(), EVALUATION_FREQUENCY)), number);
      if (period.contains(today)) {
        return Optional.of(new Waiting(execution.getId(), period));
      }
    }
    return Optional.empty();
  }
}
