package id.kinerja.document;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What follows a year's result, as the Dokumen Evaluasi prints it and Penilaian Saya shows it: the
 * appeal with its decision, and the follow-up's recommendations (training referral, award).
 */
@Component
class AppealAndFollowUp {

  record Appeal(String reasons, Timestamp filedAt, String reviewerNip, String decision, String decisionReason,
      String predicateBefore, String predicateAfter, String decidedBy, Timestamp decidedAt) {}

  private record FollowUp(boolean trainingReferral, String trainingTopics, boolean awardNomination) {}

  private final JdbcClient jdbc;
  private final RecordReader reader;

  AppealAndFollowUp(JdbcClient jdbc, RecordReader reader) {
    this.jdbc = jdbc;
    this.reader = reader;
  }

  Optional<Appeal> appeal(long appraisalId) {
    return jdbc.sql("select reasons, filed_at, reviewer_nip, decision, decision_reason, predicate_before,"
            + " predicate_after, decided_by, decided_at from kinerja.appeal where appraisal_id = ?")
        .param(appraisalId).query(Appeal.class).optional();
  }

  /** The appeal as printed: filed, reasons, decision with its reason, predicate before and after, who decided. */
  Map<String, Object> printed(Appeal a) {
    Map<String, Object> appeal = new LinkedHashMap<>();
    appeal.put("diajukan", Print.dateTime(a.filedAt()));
    appeal.put("alasan", a.reasons());
    appeal.put("keputusan", a.decision() == null ? "Belum diputuskan"
        : "UBAH".equals(a.decision()) ? "Penilaian diubah (UBAH)" : "Penilaian ditetapkan (TETAPKAN)");
    appeal.put("alasanKeputusan", Print.text(a.decisionReason()));
    appeal.put("predikatSebelum", AppraisalOutcome.predicate(a.predicateBefore()));
    appeal.put("predikatSesudah", a.predicateAfter() == null ? AppraisalOutcome.predicate(a.predicateBefore())
        : AppraisalOutcome.predicate(a.predicateAfter()));
    appeal.put("diputuskan", reader.signed(a.decidedBy(), a.decidedAt()));
    return appeal;
  }

  /** The follow-up as sentences; "Tindak lanjut belum ditetapkan." until HR has decided it. */
  List<String> recommendations(long appraisalId) {
    Optional<FollowUp> followUp = jdbc.sql("select training_referral, training_topics, award_nomination from kinerja.follow_up"
        + " where appraisal_id = ?").param(appraisalId).query(FollowUp.class).optional();
    if (followUp.isEmpty()) {
      return List.of("Tindak lanjut belum ditetapkan.");
    }
    List<String> lines = new ArrayList<>();
    FollowUp f = followUp.get();
    if (f.trainingReferral()) {
      List<String> topics = f.trainingTopics() == null || f.trainingTopics().isBlank() ? List.of()
          : Arrays.stream(f.trainingTopics().split(",")).map(String::strip).map(this::topicLabel).toList();
      lines.add("Dirujuk mengikuti pengembangan kompetensi" + (topics.isEmpty() ? "." : ": " + String.join(", ", topics) + "."));
    } else {
      lines.add("Tidak dirujuk mengikuti pengembangan kompetensi.");
    }
    lines.add(f.awardNomination() ? "Diusulkan untuk mendapat penghargaan." : "Tidak diusulkan untuk penghargaan.");
    return lines;
  }

  private String topicLabel(String code) {
    return jdbc.sql("select label from kinerja.training_topic where code = ?").param(code).query(String.class).optional()
        .orElse(code);
  }
}
