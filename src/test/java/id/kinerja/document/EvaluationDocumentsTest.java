package id.kinerja.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Evaluasi Kinerja of each reviewed period and of the year, and the Dokumen Evaluasi once final (H2). */
@KinerjaSpringTest
class EvaluationDocumentsTest {

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;

  @Test
  void eachEvaluationIsIssuedOnceItsRecordMakesItAndNotBefore() {
    int year = AppraisalDriver.newYear();
    ProcessInstance instance = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    String base = "/api/appraisals/" + DemoUsers.STAFF + "/" + year + "/documents/";
    assertThat(Fetched.get(port, DemoUsers.STAFF, base + "evaluasi-kinerja/1").status()).isEqualTo(404);

    driver.rated(instance, DemoUsers.STAFF, DemoUsers.LURAH, "DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");

    assertThat(list(year)).contains("evaluasi-kinerja/1", "evaluasi-kinerja/4", "evaluasi-kinerja/tahunan")
        .doesNotContain("evaluasi-kinerja/5", "dokumen-evaluasi");
    Fetched first = Fetched.get(port, DemoUsers.STAFF, base + "evaluasi-kinerja/1");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.number()).matches("EKP/" + year + "/\\d{6}");
    assertThat(first.text()).contains("EVALUASI KINERJA PEGAWAI", "TW I (1 Januari " + year + " s.d. 31 Maret " + year + ")",
        "Siti Rahmawati, S.Kom.", AppraisalDriver.FEEDBACK, "3 kegiatan", "88%", "Sesuai ekspektasi", "Baik", "Belum ditetapkan");
    assertThat(first.compactText()).as("a link may break over lines").contains("https://drive.example.go.id/bukti/tw");
    first.pdf().pictures("evaluasi-periodik-h2");
    assertThat(Fetched.get(port, DemoUsers.STAFF, base + "evaluasi-kinerja/5").status()).isEqualTo(404);
    assertThat(Fetched.get(port, DemoUsers.STAFF, base + "dokumen-evaluasi").status()).isEqualTo(404);

    Fetched annual = Fetched.get(port, DemoUsers.STAFF, base + "evaluasi-kinerja/tahunan");
    assertThat(annual.text()).contains("1 Januari " + year + " s.d. 31 Desember " + year, "Di atas ekspektasi",
        "Target kuantitas dan kualitas tercapai", "12 kegiatan terlaksana");
    annual.pdf().pictures("evaluasi-tahunan-h2");

    driver.complete(DemoUsers.STAFF, instance, "Task_TinjauHasil", AppraisalDriver.accept());
    driver.runDueJobs(instance);
    Fetched file = Fetched.get(port, DemoUsers.STAFF, base + "dokumen-evaluasi");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.text()).contains("DOKUMEN EVALUASI KINERJA PEGAWAI", "ATASAN PEJABAT PENILAI KINERJA", DemoUsers.CAMAT,
        "Hasil penilaian diterima pegawai").doesNotContain("KEPUTUSAN ATAS KEBERATAN");
    file.pdf().pictures("dokumen-evaluasi-h2");
    assertThat(list(year)).contains("dokumen-evaluasi");
  }

  private String list(int year) {
    return id.kinerja.Http.demoUser(port, DemoUsers.STAFF).get("/api/appraisals/" + DemoUsers.STAFF + "/" + year + "/documents")
        .body();
  }
}
