package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import id.kinerja.organisation.VacantKelurahan;
import id.kinerja.process.JsonVariables;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SKP round trip in a real browser: the employee fills the SKP form in Tasklist with three RHK
 * and its appendix, a wrong target shows the form's error and submits nothing; the supervisor reads
 * the appendix and returns it with a note; the employee sees the note and the appendix as sent,
 * fixes and resubmits; the supervisor approves.
 */
@KinerjaSpringTest
class TasklistBrowserTest {

  /** Staff at Kelurahan Talang Putri and their Lurah: used by no other test. */
  private static final String STAFF = "199104042017081009";
  private static final String LURAH = "197811302006041007";
  private static final String PARENT = "RHK 1: Meningkatnya kualitas pelayanan kelurahan";
  private static final Map<String, String> APPENDIX_LABELS = Map.of("dukunganSumberDaya", "Dukungan sumber daya",
      "skemaPertanggungjawaban", "Skema pertanggungjawaban", "konsekuensi", "Konsekuensi");

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  JdbcClient jdbc;

  @Test
  void anSkpIsDraftedReturnedWithANoteFixedAndApprovedInTasklist() {
    int year = AppraisalDriver.newYear();
    driver.approvedPlan(LURAH, year);
    ProcessInstance instance = driver.start(STAFF, year);
    Task draft = driver.task(instance, "Task_SusunSkp");

    try (Browser browser = Browser.open(port)) {
      browser.login(STAFF, Http.DEMO_PASSWORD).task(draft.getId());
      browser.click("Tambah baris").click("Tambah baris");
      fillRow(browser, 0, "Utama", 150);
      fillRow(browser, 1, "Tambahan", 80);
      fillRow(browser, 2, "Tambahan", 85);
      AppraisalDriver.appendix().forEach((field, text) -> browser.type(APPENDIX_LABELS.get(field), 0, text));
      browser.click("Kirim");
      browser.pause(1500);
      browser.screenshot("01-susun-skp-nilai-salah");
      assertThat(browser.fieldErrors()).isNotEmpty();
      assertThat(driver.task(instance, "Task_SusunSkp").getId()).as("nothing was submitted").isEqualTo(draft.getId());

      browser.type("Target kualitas", 0, 90);
      browser.screenshot("02-susun-skp-tiga-rhk");
      browser.click("Kirim");
      awaitTask(instance, "Task_PeriksaSkp");
      assertThat(JsonVariables.rows(driver.variable(instance, "rhk"))).hasSize(3);

      Task review = driver.task(instance, "Task_PeriksaSkp");
      browser.login(LURAH, Http.DEMO_PASSWORD).task(review.getId());
      assertThat(browser.text()).contains("Meningkatnya partisipasi warga", "Kembalikan untuk diperbaiki");
      assertAppendixShown(browser);
      browser.click(browser.field("Kembalikan untuk diperbaiki", 0));
      browser.type("Catatan perbaikan untuk pegawai", 0, "Target kuantitas RHK tambahan terlalu rendah, naikkan menjadi 24");
      browser.screenshot("03-periksa-skp-dikembalikan");
      browser.click("Kirim");
      awaitTask(instance, "Task_SusunSkp");

      Task again = driver.task(instance, "Task_SusunSkp");
      browser.login(STAFF, Http.DEMO_PASSWORD).task(again.getId());
      assertThat(browser.field("Catatan atasan saat SKP dikembalikan", 0).getAttribute("value")).contains("naikkan menjadi 24");
      assertAppendixShown(browser);
      browser.screenshot("04-susun-skp-catatan-atasan");
      browser.type("Target kuantitas", 1, 24).type("Target kuantitas", 2, 24);
      browser.click("Kirim");
      awaitTask(instance, "Task_PeriksaSkp");

      Task secondReview = driver.task(instance, "Task_PeriksaSkp");
      browser.login(LURAH, Http.DEMO_PASSWORD).task(secondReview.getId());
      browser.click(browser.field("Setujui dan tetapkan SKP", 0));
      for (String value : new String[] {"Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif",
          "Kolaboratif"}) {
        browser.type(value, 0, "Menunjukkan nilai " + value + " dalam pelayanan");
      }
      browser.click("Kirim");
      awaitPeriods(instance);
    }
  }

  @Test
  void theFinalRatingAndAnAppealThroughTheFormsReachTheRatersSupervisor() {
    String staff = "199810102023212002";
    String lurah = "198206062009032003";
    String camat = "197506201998031004";
    ProcessInstance instance = driver.planned(staff, lurah, AppraisalDriver.newYear());
    driver.quarters(instance, staff, lurah, 4);
    driver.fireTimer(instance, "Event_PeriodeBerakhir");
    Task self = driver.task(instance, "Task_PenilaianMandiri");
    driver.complete(staff, self, driver.selfAssessment(self));

    try (Browser browser = Browser.open(port)) {
      browser.login(lurah, Http.DEMO_PASSWORD).task(driver.task(instance, "Task_NilaiKinerja").getId());
      browser.choose("Rating hasil kerja", 0, "Sesuai ekspektasi")
          .type("Alasan rating hasil kerja", 0, "Target kuantitas dan kualitas tercapai");
      for (String value : new String[] {"Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif",
          "Kolaboratif"}) {
        browser.choose("Rating " + value, 0, "Sesuai ekspektasi").type("Alasan rating " + value, 0, "Terlihat dalam pekerjaan");
      }
      browser.choose("Rating perilaku kerja", 0, "Di bawah ekspektasi");
      browser.screenshot("05-nilai-kinerja-akhir");
      browser.click("Kirim");
      awaitTask(instance, "Task_TinjauHasil");

      browser.login(staff, Http.DEMO_PASSWORD).task(driver.task(instance, "Task_TinjauHasil").getId());
      assertThat(browser.field("Predikat kinerja", 0).getAttribute("value")).isEqualTo("Kurang/Misconduct");
      browser.click(browser.field("Ajukan keberatan", 0));
      browser.type("Alasan keberatan", 0, "Perilaku kerja saya sesuai ekspektasi, bukti kehadiran terlampir");
      browser.screenshot("06-tinjau-hasil-keberatan");
      browser.click("Kirim");
      awaitTask(instance, "Task_PeriksaKeberatan");

      Task appeal = driver.task(instance, "Task_PeriksaKeberatan");
      assertThat(appeal.getAssignee()).isEqualTo(camat);
      browser.login(camat, Http.DEMO_PASSWORD).task(appeal.getId());
      assertThat(browser.text()).contains("Periksa keberatan", "Tugas Saya");
      browser.type("Pertanyaan untuk pejabat penilai", 0, "Apa dasar rating perilaku kerja di bawah ekspektasi?")
          .type("Pertanyaan untuk pegawai", 0, "Bukti kehadiran mana yang belum diperhitungkan?");
      browser.screenshot("07-periksa-keberatan-camat");
      browser.click("Kirim");
      awaitTask(instance, "Task_PenjelasanPenilai");

      browser.login(lurah, Http.DEMO_PASSWORD);
      browser.pause(2000);
      assertThat(browser.text()).doesNotContain("Periksa keberatan");
      browser.task(driver.task(instance, "Task_PenjelasanPenilai").getId());
      assertThat(browser.field("Pertanyaan peninjau", 0).getAttribute("value")).contains("dasar rating perilaku kerja");
      browser.type("Penjelasan Anda", 0, "Kehadiran apel pagi tercatat kurang dari 80 persen");
      browser.screenshot("08-penjelasan-penilai");
      browser.click("Kirim");
      for (int i = 0; i < 50 && driver.hasTask(instance, "Task_PenjelasanPenilai"); i++) {
        browser.pause(200);
      }

      browser.login(staff, Http.DEMO_PASSWORD).task(driver.task(instance, "Task_PenjelasanPegawai").getId());
      assertThat(browser.field("Pertanyaan peninjau", 0).getAttribute("value")).contains("Bukti kehadiran");
      browser.type("Penjelasan Anda", 0, "Saya bertugas lapangan, surat tugas terlampir");
      browser.click("Kirim");
      awaitTask(instance, "Task_PutuskanKeberatan");

      browser.login(camat, Http.DEMO_PASSWORD).task(driver.task(instance, "Task_PutuskanKeberatan").getId());
      assertThat(browser.field("Penjelasan pejabat penilai dan pegawai", 0).getAttribute("value"))
          .contains("kurang dari 80 persen", "surat tugas terlampir");
      browser.click(browser.field("Ubah penilaian", 0));
      browser.choose("Rating hasil kerja yang baru", 0, "Sesuai ekspektasi")
          .choose("Rating perilaku kerja yang baru", 0, "Sesuai ekspektasi")
          .type("Alasan keputusan", 0, "Surat tugas lapangan membuktikan kehadiran pegawai");
      browser.screenshot("09-putuskan-keberatan-camat");
      browser.click("Kirim");
      for (int i = 0; i < 50 && driver.hasTask(instance, "Task_PutuskanKeberatan"); i++) {
        browser.pause(200);
      }
    }
    assertThat(jdbc.sql("select f.predicate || ':' || f.appeal_decision from kinerja.final_rating f"
        + " join kinerja.appraisal a on a.id = f.appraisal_id where a.process_instance_id = ?")
        .param(instance.getId()).query(String.class).single()).as("the Camat's decision, as Tasklist submitted it")
        .isEqualTo("BAIK:UBAH");
  }

  @Test
  void theFinalRatingFormOfAUnitHeadAsksOnlyForTheBehaviour() {
    int year = AppraisalDriver.newYear();
    jdbc.sql("insert into kinerja.unit_predicate (unit_code, period_year, predicate, set_by, set_at)"
        + " values ('KEC-PLAJU', ?, 'BAIK', ?, current_timestamp)").params(year, DemoUsers.SEKDA).update();
    ProcessInstance instance = driver.planned(DemoUsers.CAMAT, DemoUsers.SEKDA, year);
    driver.quarters(instance, DemoUsers.CAMAT, DemoUsers.SEKDA, 4);
    driver.fireTimer(instance, "Event_PeriodeBerakhir");
    Task self = driver.task(instance, "Task_PenilaianMandiri");
    driver.complete(DemoUsers.CAMAT, self, driver.selfAssessment(self));

    try (Browser browser = Browser.open(port)) {
      browser.login(DemoUsers.SEKDA, Http.DEMO_PASSWORD).task(driver.task(instance, "Task_NilaiKinerja").getId());
      assertThat(browser.field("Hasil kerja kepala unit", 0).getAttribute("value")).contains("Kecamatan Plaju", "saat ini Baik");
      assertThat(browser.texts("label")).as("no results rating to give").noneMatch(label -> label.startsWith("Rating hasil kerja")
          || label.startsWith("Alasan rating hasil kerja"));
      for (String value : new String[] {"Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif",
          "Kolaboratif"}) {
        browser.choose("Rating " + value, 0, "Di atas ekspektasi").type("Alasan rating " + value, 0, "Terlihat dalam pekerjaan");
      }
      browser.choose("Rating perilaku kerja", 0, "Di atas ekspektasi");
      browser.screenshot("05b-nilai-kinerja-kepala-unit");
      browser.click("Kirim");
      awaitTask(instance, "Task_TinjauHasil");
    }
    assertThat(jdbc.sql("select f.results_rating || ':' || a.predicate from kinerja.final_rating f join kinerja.appraisal a"
        + " on a.id = f.appraisal_id where a.nip = ? and a.period_year = ?").params(DemoUsers.CAMAT, year)
        .query(String.class).single()).isEqualTo("SESUAI_EKSPEKTASI:BAIK");
  }

  @Test
  void hrIsAskedInTasklistToAppointAPltForAVacantPostAndAWrongNipIsRefusedByTheForm() {
    VacantKelurahan vacancy = VacantKelurahan.create(Http.demoUser(port, DemoUsers.HR));
    Task appoint = driver.vacantPostTask(vacancy);

    try (Browser browser = Browser.open(port)) {
      browser.login(DemoUsers.HR, Http.DEMO_PASSWORD).task(appoint.getId());
      // A group task: opening it takes it, so the form can be filled at once.
      for (int i = 0; i < 50 && driver.tasks.createTaskQuery().taskId(appoint.getId()).taskAssignee(DemoUsers.HR).count() == 0; i++) {
        browser.pause(200);
      }
      assertThat(driver.tasks.createTaskQuery().taskId(appoint.getId()).singleResult().getAssignee()).isEqualTo(DemoUsers.HR);
      browser.awaitEnabled("NIP Plt/Plh");
      assertThat(browser.field("Jabatan", 0).getAttribute("value")).isEqualTo("Lurah Uji " + vacancy.suffix());
      assertThat(browser.field("Tugas saat ini dikerjakan oleh", 0).getAttribute("value")).contains("Fauzan Hakim");
      assertThat(browser.text()).contains("Tunjuk Plt/Plh jabatan kosong: Lurah Uji " + vacancy.suffix());
      browser.type("NIP Plt/Plh", 0, "197810100");
      browser.await(".fjs-form-field-error", "NIP terdiri atas 18 angka, tanpa spasi.");
      browser.screenshot("10-tunjuk-plt-nip-salah");
    }
    assertThat(driver.tasks.createTaskQuery().taskId(appoint.getId()).count()).as("still open").isOne();
  }

  @Test
  void theSekdaReadsInTasklistThatHerResultIsFinalWithNoAppealToOffer() {
    int year = AppraisalDriver.newYear();
    ProcessInstance sekda = driver.start(DemoUsers.SEKDA, year);
    Task draft = driver.task(sekda, "Task_SusunSkp");
    driver.complete(DemoUsers.SEKDA, draft, driver.plan(draft));
    driver.complete(DemoUsers.WALIKOTA, sekda, "Task_PeriksaSkp", AppraisalDriver.approve());
    driver.runDueJobs(sekda);
    driver.rated(sekda, DemoUsers.SEKDA, DemoUsers.WALIKOTA, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    assertThat(Http.demoUser(port, DemoUsers.WALIKOTA).putJson("/api/unit-predicates/" + year + "/SETDA-PLG",
        "{\"predicate\":\"BAIK\"}").statusCode()).isEqualTo(204);
    awaitTask(sekda, "Task_TinjauHasil");

    try (Browser browser = Browser.open(port)) {
      browser.login(DemoUsers.SEKDA, Http.DEMO_PASSWORD).task(driver.task(sekda, "Task_TinjauHasil").getId());
      browser.await(".fjs-form", "Hasil ini final.");
      assertThat(browser.texts("label")).noneMatch(label -> label.startsWith("Tanggapan Anda")
          || label.startsWith("Batas waktu pengajuan keberatan"));
      browser.screenshot("11-tinjau-hasil-sekda-final");
      browser.click("Kirim");
      for (int i = 0; i < 50 && driver.hasTask(sekda, "Task_TinjauHasil"); i++) {
        browser.pause(200);
      }
    }
    assertThat(driver.hasTask(sekda, "Task_TinjauHasil")).as("accepted by completing the form").isFalse();
  }

  /** The appendix as the employee typed it: read-only for the rater, prefilled when the SKP comes back. */
  private static void assertAppendixShown(Browser browser) {
    AppraisalDriver.appendix().forEach((field, text) ->
        assertThat(browser.field(APPENDIX_LABELS.get(field), 0).getAttribute("value")).as(field).isEqualTo(text));
  }

  private static void fillRow(Browser browser, int row, String kind, int qualityTarget) {
    browser.choose("Jenis RHK", row, kind).choose("RHK atasan yang diintervensi", row, PARENT)
        .type("Rencana hasil kerja", row, "Meningkatnya partisipasi warga dalam kegiatan kelurahan " + (row + 1))
        .type("Indikator kuantitas", row, "Jumlah kegiatan").type("Target kuantitas", row, 12)
        .type("Satuan kuantitas", row, "kegiatan").type("Indikator kualitas", row, "Persentase sesuai standar")
        .type("Target kualitas", row, qualityTarget).type("Indikator waktu", row, "Waktu penyelesaian")
        .type("Target waktu", row, 12);
  }

  /** The SKP is set: the quarters wait for their end (the driver opens them). */
  private void awaitPeriods(ProcessInstance instance) {
    for (int i = 0; i < 100 && driver.management().createJobQuery().processInstanceId(instance.getId())
        .activityId("Timer_PeriodeEvaluasiBerakhir").count() == 0; i++) {
      driver.runDueJobs(instance);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    driver.openPeriod(instance, 1);
    assertThat(driver.hasTask(instance, "Task_CatatRealisasi")).as("TW I open").isTrue();
  }

  private void awaitTask(ProcessInstance instance, String key) {
    for (int i = 0; i < 100 && !driver.hasTask(instance, key); i++) {
      driver.runDueJobs(instance);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    assertThat(driver.hasTask(instance, key)).as("task %s", key).isTrue();
  }
}
