package id.kinerja.followup;

import static id.kinerja.appraisal.AppraisalVariables.APPRAISAL_ID;

import id.kinerja.appraisal.AppraisalRepository;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.assessment.AssessmentRepository;
import id.kinerja.assessment.BehaviourValue;
import id.kinerja.coaching.CoachingRepository;
import id.kinerja.coaching.Competency;
import id.kinerja.process.AsSystem;
import id.kinerja.process.FormInput;
import id.kinerja.process.JsonVariables;
import id.kinerja.process.OnCompletion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * "Tindak lanjut": gathers what the decision table {@code rujukan-tindak-lanjut} needs, records its
 * verdict (training referral with topics, award nomination) and what HR and the employee do about it.
 */
@Component
public class FollowUps {

  static final String PERFORMANCE_TOPIC = "PENINGKATAN_KINERJA";
  static final String DECISION_RESULT = "hasilRujukan";

  private final AssessmentRepository assessments;
  private final CoachingRepository coaching;
  private final FollowUpRepository followUps;
  private final AppraisalRepository appraisals;
  private final IdentityService identityService;

  FollowUps(AssessmentRepository assessments, CoachingRepository coaching, FollowUpRepository followUps,
      AppraisalRepository appraisals, IdentityService identityService) {
    this.assessments = assessments;
    this.coaching = coaching;
    this.followUps = followUps;
    this.appraisals = appraisals;
    this.identityService = identityService;
  }

  /** Service task "Siapkan data tindak lanjut": the inputs of the decision. */
  public void prepare(DelegateExecution execution) {
    long appraisalId = AppraisalVariables.appraisalId(execution);
    execution.setVariable("ratingKompeten", assessments.valueRatings(appraisalId).stream()
        .filter(v -> v.valueCode().equals(BehaviourValue.KOMPETEN.name())).map(v -> v.rating()).findFirst().orElse(null));
    var lowest = coaching.lowestScore(appraisalId);
    execution.setVariable("skorKompetensiTerendah", lowest.map(CoachingRepository.LowestScore::score).orElse(null));
    execution.setVariable("kompetensiTerendah", lowest.map(CoachingRepository.LowestScore::competency).orElse(null));
  }

  /** Service task after the decision: sums up its rows and records them. */
  public void recordDecision(DelegateExecution execution) {
    List<Map<String, Object>> rows = JsonVariables.rows(execution.getVariable(DECISION_RESULT));
    boolean referral = rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.get("rujukanPelatihan")));
    boolean award = rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.get("nominasiPenghargaan")));
    List<String> topics = rows.stream().filter(r -> Boolean.TRUE.equals(r.get("rujukanPelatihan")))
        .map(r -> r.get("topikPelatihan")).filter(Objects::nonNull).map(Object::toString).distinct().toList();
    followUps.decide(AppraisalVariables.appraisalId(execution), referral, String.join(",", topics), award);
    execution.setVariable("rujukanPelatihan", referral);
    execution.setVariable("nominasiPenghargaan", award);
    execution.setVariable("topikPelatihan", topics.stream().map(FollowUps::topicLabel).collect(Collectors.joining(", ")));
    execution.removeVariable(DECISION_RESULT);
  }

  @Bean
  ExecutionListener trainingPlanCheck() {
    return OnCompletion.check(execution -> {
      FormInput input = FormInput.of(execution);
      String plan = input.text("rencanaPelatihan", "Rencana pelatihan", 10, 2000);
      LocalDate date = execution.getVariable("jadwalPelatihan") == null ? null : input.date("jadwalPelatihan", "Jadwal");
      input.refuseIfInvalid();
      followUps.planTraining(AppraisalVariables.appraisalId(execution), plan, date, AsSystem.currentUser(identityService));
    });
  }

  @Bean
  ExecutionListener referralAcknowledgementCheck() {
    return OnCompletion.check(execution -> {
      FormInput input = FormInput.of(execution);
      input.require(input.flag("konfirmasiRujukan"), "Centang konfirmasi bahwa Anda memahami rujukan pelatihan");
      String note = input.optionalText("catatanPegawai", "Catatan", 2000);
      input.refuseIfInvalid();
      followUps.acknowledge(AppraisalVariables.appraisalId(execution), note);
    });
  }

  @Bean
  ExecutionListener awardCheck() {
    return OnCompletion.check(execution -> {
      FormInput input = FormInput.of(execution);
      String kind = input.text("jenisPenghargaan", "Jenis penghargaan", 3, 200);
      String note = input.optionalText("catatanPenghargaan", "Catatan", 2000);
      input.refuseIfInvalid();
      followUps.processAward(AppraisalVariables.appraisalId(execution), kind, note, AsSystem.currentUser(identityService));
    });
  }


  static String topicLabel(String code) {
    return PERFORMANCE_TOPIC.equals(code) ? "Peningkatan kinerja" : Competency.valueOf(code).label();
  }
}
