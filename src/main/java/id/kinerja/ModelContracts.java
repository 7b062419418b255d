package id.kinerja;

import id.kinerja.appeal.AppealForms;
import id.kinerja.appraisal.AppraisalForms;
import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.assessment.AssessmentForms;
import id.kinerja.assessment.Predicate;
import id.kinerja.assessment.Rating;
import id.kinerja.coaching.CoachingForms;
import id.kinerja.coaching.CoachingRequestProcess;
import id.kinerja.followup.FollowUpForms;
import id.kinerja.monitoring.EarlyEvaluationProcess;
import id.kinerja.monitoring.MonitoringForms;
import id.kinerja.organisation.AppointmentProcess;
import id.kinerja.organisation.DataConfirmationProcess;
import id.kinerja.organisation.OrganisationForms;
import id.kinerja.period.CalibrationForms;
import id.kinerja.period.CalibrationProcess;
import id.kinerja.period.CurveBounds;
import id.kinerja.period.DistributionCurve;
import id.kinerja.plan.PlanForms;
import id.kinerja.process.DecisionOutputs;
import id.kinerja.process.ModelContract;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every form and process the project declares, gathered from the packages that own them. A form
 * in {@code forms/} or a process in {@code processes/} that is not here fails the build.
 */
@Configuration
public class ModelContracts {

  public static final ModelContract CONTRACT = new ModelContract(
      List.of(PlanForms.SUSUN_SKP, PlanForms.PERIKSA_SKP,
          MonitoringForms.CATAT_REALISASI, MonitoringForms.UMPAN_BALIK_TRIWULAN, MonitoringForms.MINTA_EVALUASI_AWAL,
          CoachingForms.MINTA_DIALOG_KINERJA, CoachingForms.CATAT_DIALOG_KINERJA, CoachingForms.UMPAN_BALIK_DIALOG,
          AssessmentForms.PENILAIAN_MANDIRI, AssessmentForms.NILAI_KINERJA, AssessmentForms.TINJAU_HASIL,
          AppealForms.PERIKSA_KEBERATAN, AppealForms.PUTUSKAN_KEBERATAN, AppealForms.BERI_PENJELASAN,
          FollowUpForms.RENCANAKAN_PELATIHAN, FollowUpForms.KONFIRMASI_RUJUKAN, FollowUpForms.PROSES_PENGHARGAAN,
          AppraisalForms.ESKALASI_KETERLAMBATAN,
          CalibrationForms.PREDIKAT_ORGANISASI, CalibrationForms.KALIBRASI_UNIT,
          OrganisationForms.KONFIRMASI_DATA_PEGAWAI, OrganisationForms.TINDAK_LANJUT_KOREKSI_DATA,
          OrganisationForms.TUNJUK_PLT),
      List.of(AppraisalProcess.CONTRACT, CalibrationProcess.CONTRACT, DataConfirmationProcess.CONTRACT,
          CoachingRequestProcess.CONTRACT, AppointmentProcess.CONTRACT, EarlyEvaluationProcess.CONTRACT));

  /** Decision outputs the server reads as its own lists; a table giving another value is refused at deployment. */
  public static final DecisionOutputs DECISION_OUTPUTS = DecisionOutputs.none()
      .oneOf(AppraisalVariables.PREDICATE, Predicate.class)
      .oneOf(AppraisalVariables.RESULTS_RATING, Rating.class)
      .oneOf(AppraisalVariables.BEHAVIOUR_RATING, Rating.class)
      .listOf(CurveBounds.EMPLOYEE_PREDICATES, Predicate.class)
      .oneOf(CurveBounds.BOUND_KIND, DistributionCurve.BoundKind.class);

  @Bean
  ModelContract modelContract() {
    return CONTRACT;
  }

  @Bean
  DecisionOutputs decisionOutputs() {
    return DECISION_OUTPUTS;
  }
}
