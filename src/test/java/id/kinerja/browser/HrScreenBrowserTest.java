package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HR works a year on "Pengelolaan Kinerja": a directory file with one bad line is refused with that
 * line shown, the period is opened for a kelurahan and followed to its end, the summary draws the
 * Kecamatan's predicates against its curve, and closing first lists what is not final, then closes
 * only on HR's explicit confirmation.
 */
@KinerjaSpringTest
class HrScreenBrowserTest {

  @LocalServerPort
  int port;
  @Autowired
  JdbcClient jdbc;

  @Test
  void hrImportsOpensReadsTheSummaryAndClosesAYear() throws IOException {
    int year = AppraisalDriver.newYearWithinLimits();
    // Final results elsewhere in the Kecamatan (as PeriodClosingTest records them), under its predicate Baik.
    finalResult(DemoUsers.CAMAT, year, "BAIK", null, false);
    finalResult(DemoUsers.SEKCAM, year, "BAIK", null, false);
    finalResult(DemoUsers.LURAH_ILIR, year, "BAIK", "LITERASI_DIGITAL", false);
    finalResult(DemoUsers.STAFF_ILIR, year, "BAIK", "LITERASI_DIGITAL,PELAYANAN_PUBLIK", false);
    finalResult(DemoUsers.KOMPERTA_STAFF, year, "SANGAT_BAIK", null, true);
    assertThat(Http.demoUser(port, DemoUsers.SEKDA).putJson("/api/unit-predicates/" + year + "/KEC-PLAJU",
        "{\"predicate\":\"BAIK\"}").statusCode()).isEqualTo(204);
    Path file = Files.createTempFile("unit-", ".csv");
    Files.writeString(file, "kode_unit,nama_unit,kode_unit_induk\n"
        + "UJI-LAYAR-HR,Unit Uji Layar,KEC-PLAJU\n"
        + "UJI LAYAR SALAH,Unit Kode Salah,KEC-PLAJU\n");

    try (Browser browser = Browser.open(port)) {
      browser.login(DemoUsers.HR, Http.DEMO_PASSWORD).page("/pengelolaan", "Impor direktori");
      browser.enter("#tahun", year).await("#isi-ringkasan figcaption", "Kecamatan Plaju");

      browser.select("#form-impor select", "Unit kerja (kode_unit, nama_unit, kode_unit_induk)")
          .upload("#form-impor input[type=file]", file).click("Unggah")
          .await("#hasil-impor", "Tidak ada data yang diubah");
      assertThat(browser.texts("#hasil-impor table.baris-salah tbody tr")).singleElement().asString()
          .startsWith("3 kode_unit kode_unit wajib diisi");
      assertThat(jdbc.sql("select count(*) from kinerja.org_unit where code = 'UJI-LAYAR-HR'").query(Integer.class).single())
          .isZero();
      browser.scrollTo("#impor").screenshot("hr-impor-baris-salah");

      browser.enter("#form-pengaturan input[name=evaluationReminderDays]", 20).click("Simpan pengaturan")
          .await("#hasil-pengaturan", "Pengaturan periode ditolak: pengingat evaluasi periodik tidak boleh negatif");
      browser.enter("#form-sasaran textarea", "Meningkatnya indeks kepuasan masyarakat atas layanan kelurahan")
          .click("Tambah sasaran").await("#daftar-sasaran", "Meningkatnya indeks kepuasan masyarakat");
      assertThat(jdbc.sql("select count(*) from kinerja.organisation_goal where period_year = ?").param(year)
          .query(Integer.class).single()).isOne();

      browser.select("#unit-buka", "Kelurahan Plaju Ulu (KEL-PLAJU-ULU)").click("Buka periode")
          .await("#kemajuan-buka", "selesai: 3 penilaian dimulai");
      assertThat(browser.attributes("#kemajuan-buka progress", "value")).containsExactly("3");
      assertThat(browser.attributes("#kemajuan-buka progress", "max")).containsExactly("3");
      assertThat(browser.text()).contains("Dimulai 3 dari 3 pegawai · menunggu 0 · gagal 0");
      browser.scrollTo("#buka").screenshot("hr-buka-periode");

      browser.await("#isi-ringkasan ul.tahap", "Perencanaan SKP: 3");
      assertThat(browser.texts("#isi-ringkasan figcaption")).contains("Kecamatan Plaju · predikat organisasi Baik · 4 pegawai dihitung");
      assertThat(browser.texts("#isi-ringkasan svg.grafik text")).contains("maks 70%", "3 (75%)", "1 (25%)", "Sangat Baik",
          "Literasi digital / teknologi informasi", "2 pegawai");
      assertThat(browser.attributes("#isi-ringkasan line.batas-maks", "x1")).isNotEmpty();
      assertThat(browser.texts("#isi-ringkasan ul.batas li.error")).containsExactly("paling banyak 70% Baik: dilanggar",
          "paling sedikit 1 pegawai Butuh Perbaikan atau Kurang/Misconduct: dilanggar");
      assertThat(browser.attributes("#isi-ringkasan ul.unduhan a", "href"))
          .contains("http://localhost:" + port + "/pengelolaan/api/periods/" + year + "/summary.csv?bagian=belum-final");
      browser.scrollTo("#ringkasan").screenshot("hr-ringkasan");

      browser.click("Tutup periode").await("#hasil-tutup", "3 penilaian belum final");
      assertThat(browser.texts("#hasil-tutup table.belum-final tbody tr")).hasSize(3)
          .anyMatch(row -> row.startsWith(DemoUsers.STAFF + " Siti Rahmawati") && row.endsWith("Perencanaan SKP"));
      assertThat(closings(year)).as("not closed before the confirmation").isZero();
      assertThat(browser.attributes("#hasil-tutup button.bahaya", "disabled")).containsExactly("true");
      browser.scrollTo("#tutup").screenshot("hr-tutup-periode");

      browser.click(browser.element("#konfirmasi-tutup-paksa"));
      browser.click("Tutup paksa periode " + year).await("#hasil-tutup", "Periode " + year + " ditutup paksa.");
      assertThat(closings(year)).isOne();
      browser.await("#isi-ringkasan", "Periode " + year + " ditutup oleh " + DemoUsers.HR);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private int closings(int year) {
    return jdbc.sql("select count(*) from kinerja.period_closing where period_year = ? and unfinished = 3").param(year)
        .query(Integer.class).single();
  }

  private void finalResult(String nip, int year, String predicate, String topics, boolean award) {
    jdbc.sql("insert into kinerja.appraisal (nip, period_year, process_instance_id, status, predicate) values (?, ?, ?, 'FINAL', ?)")
        .params(nip, year, "uji-layar-" + nip, predicate).update();
    if (topics != null || award) {
      jdbc.sql("insert into kinerja.follow_up (appraisal_id, training_referral, training_topics, award_nomination)"
              + " select id, ?, ?, ? from kinerja.appraisal where nip = ? and period_year = ?")
          .params(topics != null, topics, award, nip, year).update();
    }
  }
}
