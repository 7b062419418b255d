package id.kinerja.appraisal;

import static id.kinerja.appraisal.AppraisalVariables.*;

import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.plan.PlanRepository;
import id.kinerja.process.EngineClock;
import id.kinerja.process.ModelApi;
import id.kinerja.process.RefusedInput;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the employee's appraisal of the year: the domain record, the SKP draft, the employee's
 * data for the forms and the deadlines of the period as timer values. Someone who starts late
 * (a new employee) gets at least two weeks for the SKP. Idempotent: a retried start reuses the
 * appraisal.
 */
@ModelApi
@Component("prepareAppraisal")
class PrepareAppraisal implements JavaDelegate {

  static final int MIN_DAYS_FOR_PLAN = 14;

  private final OrganisationRepository organisation;
  private final AppraisalRepository appraisals;
  private final PlanRepository plans;
  private final Raters raters;

  PrepareAppraisal(OrganisationRepository organisation, AppraisalRepository appraisals, PlanRepository plans, Raters raters) {
    this.organisation = organisation;
    this.appraisals = appraisals;
    this.plans = plans;
    this.raters = raters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String nip = String.valueOf(execution.getVariable(NIP));
    String yearGiven = String.valueOf(execution.getVariable(YEAR));
    if (!yearGiven.matches("\\d{4}") || !businessKey(nip, Integer.parseInt(yearGiven)).equals(execution.getProcessBusinessKey())) {
      throw RefusedInput.because("Penilaian dimulai dengan kunci bisnis <NIP>:<tahun> yang sama dengan variabel nip dan tahun");
    }
    int year = Integer.parseInt(yearGiven);
    OrganisationRepository.Profile employee = organisation.profile(nip).filter(OrganisationRepository.Profile::active)
        .orElseThrow(() -> RefusedInput.because("Pegawai aktif dengan NIP " + nip + " tidak ditemukan di direktori"));
    if (organisation.employee(nip).filter(e -> !e.employmentType().isAsn()).isPresent()) {
      throw RefusedInput.because(employee.name() + " adalah pejabat negara, bukan ASN: tidak ada penilaian kinerja baginya");
    }
    long appraisalId = appraisals.open(nip, year, execution.getProcessInstanceId());
    plans.ensureDraft(appraisalId);

    execution.setVariable(YEAR, year);
    execution.setVariable(APPRAISAL_ID, appraisalId);
    execution.setVariable(EMPLOYEE_NAME, employee.name());
    execution.setVariable(EMPLOYEE_POSITION, employee.positionTitle());
    execution.setVariable(EMPLOYEE_UNIT, employee.unitName());
    raters.refresh(execution);

    PeriodSettings settings = appraisals.settings(year);
    LocalDate earliest = EngineClock.today().plusDays(MIN_DAYS_FOR_PLAN);
    LocalDate planDeadline = settings.planDeadline().isBefore(earliest) ? earliest : settings.planDeadline();
    execution.setVariable(PLAN_DEADLINE, endOfDay(planDeadline));
    execution.setVariable(PLAN_REMINDER, endOfDay(planDeadline.minusDays(settings.planReminderDays())));
    execution.setVariable(FINAL_ASSESSMENT_OPENS, startOfDay(settings.finalAssessmentOpensAfterPeriod()));
    execution.setVariable(APPEAL_WINDOW, days(settings.appealWindowDays()));
    execution.setVariable(APPEAL_DECISION_DEADLINE, days(settings.appealDecisionDays()));
    execution.setVariable(APPEAL_DECISION_REMINDER, days(Math.max(0, settings.appealDecisionDays() - settings.appealReminderDays())));
  }

  private static String days(int days) {
    return "P" + days + "D";
  }

  private static Date startOfDay(LocalDate date) {
    return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  private static Date endOfDay(LocalDate date) {
    return Date.from(date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).minusSeconds(1).toInstant());
  }
}
