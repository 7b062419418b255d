package id.kinerja.followup;

import static id.kinerja.appraisal.AppraisalVariables.AWARD_NOMINATION;
import static id.kinerja.appraisal.AppraisalVariables.COMPETENCY_RATING;
import static id.kinerja.appraisal.AppraisalVariables.FOLLOW_UP_RESULT;
import static id.kinerja.appraisal.AppraisalVariables.LOWEST_COMPETENCY;
import static id.kinerja.appraisal.AppraisalVariables.LOWEST_COMPETENCY_LABEL;
import static id.kinerja.appraisal.AppraisalVariables.LOWEST_SCORE;
import static id.kinerja.appraisal.AppraisalVariables.TRAINING_REFERRAL;
import static id.kinerja.appraisal.AppraisalVariables.TRAINING_TOPICS;
import static id.kinerja.appraisal.AppraisalVariables.TRAINING_TOPIC_LABEL;
import static id.kinerja.followup.FollowUpForms.*;

import id.kinerja.appraisal.AppraisalRepository;
import id.kinerja.appraisal.AppraisalVariables;
import id.kinerja.assessment.AssessmentRepository;
import id.kinerja.assessment.BehaviourValue;
import id.kinerja.coaching.CoachingRepository;
import id.kinerja.coaching.Competency;
import id.kinerja.process.AsSystem;
import id.kinerja.process.FormInput;
import id.kinerja.process.JsonVariables;
import id.kinerja.process.ModelApi;
import id.kinerja.process.OnCompletion;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  private static final int MAX_LABEL = 200;

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

  /** Service task "Siapkan data tindak lanjut": the inputs of the decision, all from the stored record. */
  @ModelApi
  public void prepare(DelegateExecution execution) {
    long appraisalId = AppraisalVariables.appraisalId(execution);
    execution.setVariable(AppraisalVariables.PREDICATE, appraisals.predicate(appraisalId).orElseThrow());
    execution.setVariable(COMPETENCY_RATING, assessments.valueRatings(appraisalId).stream()
        .filter(v -> v.valueCode().equals(BehaviourValue.KOMPETEN.name())).map(v -> v.rating()).findFirst().orElse(null));
    var lowest = coaching.lowestScore(appraisalId);
    execution.setVariable(LOWEST_SCORE, lowest.map(CoachingRepository.LowestScore::score).orElse(null));
    execution.setVariable(LOWEST_COMPETENCY, lowest.map(CoachingRepository.LowestScore::competency).orElse(null));
    execution.setVariable(LOWEST_COMPETENCY_LABEL, lowest.map(l -> Competency.labelOf(l.competency())).orElse(null));
  }

  /**
   * Service task after the decision: sums up its rows and records them. Each topic keeps the label
   * its rule gives, so a topic the process owner adds to the table needs nothing of the server.
   */
  @ModelApi
  public void recordDecision(DelegateExecution execution) {
    List<Map<String, Object>> rows = JsonVariables.rows(execution.getVariable(FOLLOW_UP_RESULT));
    boolean referral = rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.get(TRAINING_REFERRAL)));
    boolean award = rows.stream().anyMatch(r -> Boolean.TRUE.equals(r.get(AWARD_NOMINATION)));
    Map<String, String> topics = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      Object code = row.get(TRAINING_TOPICS);
      if (Boolean.TRUE.equals(row.get(TRAINING_REFERRAL)) && code != null && !code.toString().isBlank()) {
        topics.putIfAbsent(code.toString().strip(), topicLabel(code.toString().strip(), row.get(TRAINING_TOPIC_LABEL)));
      }
    }
    followUps.decide(AppraisalVariables.appraisalId(execution), referral, String.join(",", topics.keySet()), award);
    execution.setVariable(TRAINING_REFERRAL, referral);
    execution.setVariable(AWARD_NOMINATION, award);
    execution.setVariable(TRAINING_TOPICS, String.join(", ", topics.values()));
    execution.removeVariable(FOLLOW_UP_RESULT);
  }

  /** The rule's label, recorded for HR's summary; without one, the label recorded before, else the code made readable. */
  private String topicLabel(String code, Object fromTable) {
    if (fromTable != null && !fromTable.toString().isBlank()) {
      String label = fromTable.toString().strip();
      followUps.nameTopic(code, label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL) : label);
      return label;
    }
    return followUps.topicLabel(code).orElseGet(() -> readable(code));
  }

  static String readable(String code) {
    String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
    return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  @Bean
  @ModelApi
  ExecutionListener trainingPlanCheck() {
    return OnCompletion.check(execution -> {
      FormInput input = FormInput.of(execution);
      String plan = input.text(TRAINING_PLAN, "Rencana pelatihan", 10, 2000);
      LocalDate date = execution.getVariable(TRAINING_DATE) == null ? null : input.date(TRAINING_DATE, "Jadwal");
      input.refuseIfInvalid();
      followUps.planTraining(AppraisalVariables.appraisalId(execution), plan, date, AsSystem.currentUser(identityService));
    });
  }

  @Bean
  @ModelApi
  ExecutionListener referralAcknowledgementCheck() {
    return OnCompletion.check(execution -> {
      FormInput input = FormInput.of(execution);
      input.require(input.flag(ACKNOWLEDGED), "Centang konfirmasi bahwa Anda memahami rujukan pelatihan");
      String note = input.optionalText(EMPLOYEE_NOTE, "Catatan", 2000);
      input.refuseIfInvalid();
      followUps.acknowledge(AppraisalVariables.appraisalId(execution), note);
    });
  }

  @Bean
  @ModelApi
  ExecutionListener awardCheck() {
    return OnCompletion.check(execution -> {
      FormInput input = FormInput.of(execution);
      String kind = input.text(AWARD_KIND, "Jenis penghargaan", 3, 200);
      String note = input.optionalText(AWARD_NOTE, "Catatan", 2000);
      input.refuseIfInvalid();
      followUps.processAward(AppraisalVariables.appraisalId(execution), kind, note, AsSystem.currentUser(identityService));
    });
  }
}
