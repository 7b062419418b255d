package id.kinerja.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.PostgresDatabase;
import id.kinerja.appraisal.AppraisalDriver;
import id.kinerja.assessment.Predicate;
import id.kinerja.assessment.Rating;
import id.kinerja.period.CurveBounds;
import id.kinerja.period.DistributionCurve;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One real year on PostgreSQL with an appeal that changes the result, and every document of it as
 * the employee downloads it: the SKP, each periodic Evaluasi Kinerja, the annual one and the
 * Dokumen Evaluasi, each read back as text and checked against the record field by field; the
 * verification page shows the fingerprint of the bytes received and says when a version was
 * replaced by a change to the record; a name outside Latin-1 prints.
 */
class DocumentsOnPostgresTest {

  private static PostgresDatabase database;
  private static ConfigurableApplicationContext app;
  private static AppraisalDriver driver;
  private static JdbcClient jdbc;
  private static int port;

  private record Realised(long resultId, BigDecimal quantity, BigDecimal quality, BigDecimal timeMonths, String evidenceUrl,
      String feedback) {}

  private record Review(String resultsRating, String behaviourRating, String predicate, String reviewerNip) {}

  private record Appeal(String reasons, String decision, String decisionReason, String predicateBefore, String predicateAfter,
      String decidedBy) {}

  @BeforeAll
  static void start() {
    database = PostgresDatabase.create();
    app = database.startApplication("--kinerja.demo.enabled=true", "--camunda.bpm.job-execution.enabled=false");
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
    driver = app.getBean(AppraisalDriver.class);
    jdbc = app.getBean(JdbcClient.class);
  }

  @AfterAll
  static void stop() throws Exception {
    PostgresDatabase.stop(app, database);
  }

  @Test
  void theUnitsPenetapanAfterARealCalibration() {
    new PenetapanScenario(driver, jdbc, port).calibratedKecamatanPrintsItsDistributionAgainstTheCurve();
  }

  @Test
  void everyDocumentOfAYearWithAnAppealThatChangesTheResult() throws IOException {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    long appraisal = (Long) driver.variable(instance, "penilaianId");
    String base = "/api/appraisals/" + DemoUsers.STAFF + "/" + year + "/documents/";

    Fetched skp = fetch(base + "skp");
    String skpText = skp.text();
    assertThat(skpText).contains("SASARAN KINERJA PEGAWAI", name(DemoUsers.STAFF), DemoUsers.STAFF, name(DemoUsers.LURAH),
        DemoUsers.LURAH);
    for (Map<String, Object> rhk : jdbc.sql("select description, quantity_target, quantity_unit, quality_target, time_target"
        + " from kinerja.planned_result where appraisal_id = ?").param(appraisal).query().listOfRows()) {
      assertThat(skpText).contains((String) rhk.get("description"),
          Print.number((BigDecimal) rhk.get("quantity_target")) + " " + rhk.get("quantity_unit"),
          Print.number((BigDecimal) rhk.get("quality_target")) + "%", rhk.get("time_target") + " bulan");
    }
    verifiedAsCurrent(skp);
    screenshot(skp, "skp", "dokumen-skp.png");

    String[] results = {"SESUAI_EKSPEKTASI", "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"};
    String[] months = {"1 Januari %d s.d. 31 Maret %d", "1 April %d s.d. 30 Juni %d", "1 Juli %d s.d. 30 September %d",
        "1 Oktober %d s.d. 31 Desember %d"};
    for (int quarter = 1; quarter <= 4; quarter++) {
      driver.evaluate(instance, DemoUsers.STAFF, DemoUsers.LURAH, quarter, results[quarter - 1], "SESUAI_EKSPEKTASI");
      driver.runDueJobs(instance);
      Fetched periodic = fetch(base + "evaluasi-kinerja/" + quarter);
      assertThat(periodic.number()).matches("EKP/" + year + "/\\d{6}");
      Review review = jdbc.sql("select results_rating, behaviour_rating, predicate, reviewer_nip from kinerja.quarterly_review"
          + " where appraisal_id = ? and quarter = ?").params(appraisal, quarter).query(Review.class).single();
      String text = periodic.text();
      assertThat(text).contains("EVALUASI KINERJA PEGAWAI", String.format(months[quarter - 1], year, year),
          name(DemoUsers.STAFF), DemoUsers.STAFF, name(review.reviewerNip()), review.reviewerNip(),
          "Rating Hasil Kerja " + Rating.valueOf(review.resultsRating()).label(),
          "Rating Perilaku Kerja " + Rating.valueOf(review.behaviourRating()).label(),
          "Predikat Kinerja " + Predicate.labelOf(review.predicate()), "Belum ditetapkan");
      for (Realised r : realised(appraisal, quarter)) {
        assertThat(text).contains(description(r.resultId()), r.feedback(), Print.number(r.quantity()) + " kegiatan",
            Print.number(r.quality()) + "%", Print.number(r.timeMonths()) + " bulan");
        assertThat(periodic.compactText()).contains(r.evidenceUrl());
      }
      periodic.pdf().pictures("evaluasi-kinerja-" + quarter);
    }
    verifiedAsCurrent(fetch(base + "evaluasi-kinerja/2"));

    // The leader sets the Kecamatan's organisation predicate: the curve it puts on the employees' predicates prints.
    assertThat(Http.demoUser(port, DemoUsers.SEKDA).putJson("/api/unit-predicates/" + year + "/KEC-PLAJU",
        "{\"predicate\":\"BAIK\"}").statusCode()).isEqualTo(204);
    driver.fireTimer(instance, "Event_PeriodeBerakhir");
    Task self = driver.task(instance, "Task_PenilaianMandiri");
    driver.complete(DemoUsers.STAFF, self, driver.selfAssessment(self));
    driver.complete(DemoUsers.LURAH, instance, "Task_NilaiKinerja",
        AppraisalDriver.rating("SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI"));
    driver.runDueJobs(instance);

    Fetched annualBefore = fetch(base + "evaluasi-kinerja/tahunan");
    assertThat(annualBefore.version()).isEqualTo(1);
    checkAnnual(annualBefore, appraisal, year);
    assertThat(fetch(base + "dokumen-evaluasi").status()).as("not final yet").isEqualTo(404);
    String predicateBefore = finalRating(appraisal).get("predicate").toString();

    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", AppraisalDriver.appeal());
    driver.heard(instance, DemoUsers.CAMAT, DemoUsers.LURAH, DemoUsers.STAFF);
    driver.complete(DemoUsers.CAMAT, instance, "Task_PutuskanKeberatan",
        AppraisalDriver.changeResult("DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
    driver.runDueJobs(instance);
    assertThat(finalRating(appraisal).get("predicate")).isNotEqualTo(predicateBefore);

    Fetched annual = fetch(base + "evaluasi-kinerja/tahunan");
    assertThat(annual.number()).isEqualTo(annualBefore.number());
    assertThat(annual.version()).isEqualTo(2);
    checkAnnual(annual, appraisal, year);
    assertThat(annual.text()).contains("Rating dan predikat diubah oleh keputusan Atasan Pejabat Penilai Kinerja");
    assertThat(annualBefore.verification(port)).contains("sudah diganti", "versi 2", Documents.sha256(annualBefore.body()));
    verifiedAsCurrent(annual);
    annualBefore.pdf().pictures("evaluasi-kinerja-tahunan-sebelum-keberatan");
    annual.pdf().pictures("evaluasi-kinerja-tahunan");

    Fetched file = fetch(base + "dokumen-evaluasi");
    assertThat(file.number()).matches("DEKP/" + year + "/\\d{6}");
    checkFile(file.text(), appraisal, name(DemoUsers.STAFF));
    verifiedAsCurrent(file);
    screenshot(file, "dokumen-evaluasi", "dokumen-evaluasi.png");

    assertThat(list(year)).containsSubsequence("skp", "evaluasi-kinerja/1", "evaluasi-kinerja/2", "evaluasi-kinerja/3",
        "evaluasi-kinerja/4", "evaluasi-kinerja/tahunan", "dokumen-evaluasi");

    String name = name(DemoUsers.STAFF);
    String foreign = "Nguyễn Thị Hoà Ŝ";
    jdbc.sql("update kinerja.employee set name = ? where nip = ?").params(foreign, DemoUsers.STAFF).update();
    try {
      Fetched renamed = fetch(base + "dokumen-evaluasi");
      assertThat(renamed.version()).isEqualTo(2);
      assertThat(renamed.number()).isEqualTo(file.number());
      checkFile(renamed.text(), appraisal, foreign);
      assertThat(renamed.pdf().fonts()).allMatch(font -> font.endsWith("(embedded)"));
      assertThat(file.verification(port)).contains("sudah diganti");
      assertThat(renamed.verification(port)).contains("masih berlaku", foreign);
      renamed.pdf().pictures("dokumen-evaluasi-nama-non-latin");
    } finally {
      jdbc.sql("update kinerja.employee set name = ? where nip = ?").params(name, DemoUsers.STAFF).update();
    }
  }

  /** The annual evaluation against final_rating, behaviour_rating and the last period's realisation. */
  private static void checkAnnual(Fetched annual, long appraisal, int year) {
    Map<String, Object> rating = finalRating(appraisal);
    String text = annual.text();
    assertThat(text).contains("1 Januari " + year + " s.d. 31 Desember " + year, name(DemoUsers.STAFF),
        name((String) rating.get("rater_nip")), (String) rating.get("rater_nip"),
        "Rating Hasil Kerja " + Rating.valueOf((String) rating.get("results_rating")).label(),
        "Rating Perilaku Kerja " + Rating.valueOf((String) rating.get("behaviour_rating")).label(),
        "Predikat Kinerja " + Predicate.labelOf(rating.get("predicate")), (String) rating.get("results_reason"),
        "Kecamatan Plaju", "Predikat kinerja organisasi Baik");
    for (DistributionCurve.Bound bound : app.getBean(CurveBounds.class).forOrganisationPredicate("BAIK")) {
      assertThat(text).containsIgnoringCase(bound.describe(Predicate::labelOf));
    }
    for (Map<String, Object> value : jdbc.sql("select rating, reason from kinerja.behaviour_rating where appraisal_id = ?")
        .param(appraisal).query().listOfRows()) {
      assertThat(text).contains(Rating.valueOf((String) value.get("rating")).label() + " " + value.get("reason"));
    }
    for (Realised r : realised(appraisal, 4)) {
      assertThat(text).contains(description(r.resultId()), "TW IV: " + r.feedback(), Print.number(r.quantity()) + " kegiatan");
    }
    assertThat(text).contains(jdbc.sql("select achievement from kinerja.self_assessment where appraisal_id = ?")
        .param(appraisal).query(String.class).list().get(0));
  }

  /** The Dokumen Evaluasi against the record: the three people, the final result, notes, follow-up and the appeal. */
  private static void checkFile(String text, long appraisal, String employeeName) {
    Map<String, Object> rating = finalRating(appraisal);
    Appeal appeal = jdbc.sql("select reasons, decision, decision_reason, predicate_before, predicate_after, decided_by"
        + " from kinerja.appeal where appraisal_id = ?").param(appraisal).query(Appeal.class).single();
    assertThat(appeal.decision()).isEqualTo("UBAH");
    assertThat(text).contains("DOKUMEN EVALUASI KINERJA PEGAWAI", employeeName, DemoUsers.STAFF,
        "PEJABAT PENILAI KINERJA Nama " + name((String) rating.get("rater_nip")),
        "ATASAN PEJABAT PENILAI KINERJA Nama " + name(appeal.decidedBy()), appeal.decidedBy(),
        "Capaian Kinerja Organisasi Baik (Kecamatan Plaju)",
        "Predikat Kinerja Pegawai " + Predicate.labelOf(rating.get("predicate")), (String) rating.get("summary"),
        appeal.reasons(), "Penilaian diubah (UBAH)", appeal.decisionReason(),
        "Predikat sebelum keputusan " + Predicate.labelOf(appeal.predicateBefore()),
        "Predikat setelah keputusan " + Predicate.labelOf(appeal.predicateAfter()),
        "Keberatan diputus oleh atasan pejabat penilai kinerja", "Hasil penilaian final");
    Map<String, Object> followUp = jdbc.sql("select training_referral, award_nomination from kinerja.follow_up"
        + " where appraisal_id = ?").param(appraisal).query().singleRow();
    assertThat(text).contains(Boolean.TRUE.equals(followUp.get("training_referral"))
        ? "Dirujuk mengikuti pengembangan kompetensi" : "Tidak dirujuk mengikuti pengembangan kompetensi");
    assertThat(text).contains(Boolean.TRUE.equals(followUp.get("award_nomination"))
        ? "Diusulkan untuk mendapat penghargaan" : "Tidak diusulkan untuk penghargaan");
  }

  private static Fetched fetch(String path) {
    Fetched fetched = Fetched.get(port, DemoUsers.STAFF, path);
    assertThat(fetched.status()).as(path).isIn(200, 404);
    return fetched;
  }

  /** The public page of the version says it is current, and shows the SHA-256 of the very bytes received. */
  private static void verifiedAsCurrent(Fetched document) {
    assertThat(document.verification(port)).contains("masih berlaku", document.number(), Documents.sha256(document.body()));
  }

  private static void screenshot(Fetched document, String name, String file) throws IOException {
    List<Path> pages = document.pdf().pictures(name);
    Path screenshots = Path.of("docs", "screenshots");
    Files.createDirectories(screenshots);
    Files.copy(pages.get(0), screenshots.resolve(file), StandardCopyOption.REPLACE_EXISTING);
  }

  private static List<String> list(int year) {
    String body = Http.demoUser(port, DemoUsers.STAFF).get("/api/appraisals/" + DemoUsers.STAFF + "/" + year + "/documents").body();
    return java.util.regex.Pattern.compile("/documents/([a-z-]+(?:/[a-z0-9]+)?)\"").matcher(body).results()
        .map(m -> m.group(1)).toList();
  }

  private static List<Realised> realised(long appraisal, int quarter) {
    return jdbc.sql("select result_id, quantity, quality, time_months, evidence_url, feedback from kinerja.realisation"
        + " where appraisal_id = ? and quarter = ?").params(appraisal, quarter).query(Realised.class).list();
  }

  private static Map<String, Object> finalRating(long appraisal) {
    return jdbc.sql("select * from kinerja.final_rating where appraisal_id = ?").param(appraisal).query().singleRow();
  }

  private static String description(long resultId) {
    return jdbc.sql("select description from kinerja.planned_result where id = ?").param(resultId).query(String.class).single();
  }

  private static String name(String nip) {
    return jdbc.sql("select name from kinerja.employee where nip = ?").param(nip).query(String.class).single();
  }
}
