package id.kinerja.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Supervisor and appeal reviewer are found through posts, so acting holders get the tasks. */
@KinerjaSpringTest
class ReportingLineTest {

  private static final LocalDate TODAY = LocalDate.now();

  @LocalServerPort
  int port;
  @Autowired
  ReportingLine reportingLine;

  @Test
  void staffAreRatedByTheirLurahAndAppealToTheCamat() {
    assertThat(reportingLine.supervisorOf(DemoUsers.STAFF, TODAY)).get().extracting(Employee::nip).isEqualTo(DemoUsers.LURAH);
    assertThat(reportingLine.appealReviewerOf(DemoUsers.STAFF, TODAY)).get().extracting(Employee::nip).isEqualTo(DemoUsers.CAMAT);
  }

  @Test
  void theSekdaIsRatedByTheWalikotaWhoReviewsTheCamatsAppeal() {
    assertThat(reportingLine.supervisorOf(DemoUsers.CAMAT, TODAY)).get().extracting(Employee::nip).isEqualTo(DemoUsers.SEKDA);
    assertThat(reportingLine.appealReviewerOf(DemoUsers.CAMAT, TODAY)).get().extracting(Employee::nip)
        .isEqualTo(DemoUsers.WALIKOTA);
    assertThat(reportingLine.supervisorOf(DemoUsers.SEKDA, TODAY)).get().extracting(Employee::nip).isEqualTo(DemoUsers.WALIKOTA);
    assertThat(reportingLine.appealReviewerOf(DemoUsers.SEKDA, TODAY)).isEmpty();
    assertThat(reportingLine.supervisorOf(DemoUsers.WALIKOTA, TODAY)).isEmpty();
  }

  @Test
  void anActingHolderOfAVacantPostRatesItsStaff() {
    assertThat(reportingLine.supervisorOf(DemoUsers.KOMPERTA_STAFF, TODAY)).get().extracting(Employee::nip)
        .isEqualTo(DemoUsers.SEKCAM);
    assertThat(reportingLine.appealReviewerOf(DemoUsers.KOMPERTA_STAFF, TODAY)).get().extracting(Employee::nip)
        .isEqualTo(DemoUsers.CAMAT);
    // Outside the Plt period the post is vacant: the holder of the next post up acts for it.
    assertThat(reportingLine.raterDutyOf(DemoUsers.KOMPERTA_STAFF, TODAY.plusYears(3))).get()
        .satisfies(duty -> assertThat(duty.vacant()).isTrue())
        .extracting(duty -> duty.holder().orElseThrow().nip()).isEqualTo(DemoUsers.CAMAT);
  }

  @Test
  void aPlhTakesOverFromTheDefinitiveHolderOnlyForItsDates() {
    Http hr = Http.demoUser(port, DemoUsers.HR);
    LocalDate start = TODAY.plusYears(5);
    var created = hr.postJson("/api/organisation/acting", """
        {"positionCode":"LURAH-PLAJU-ULU","nip":"%s","kind":"PLH","startDate":"%s","endDate":"%s"}
        """.formatted(DemoUsers.SEKCAM, start, start.plusDays(14)));

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(reportingLine.supervisorOf(DemoUsers.STAFF, start.plusDays(3))).get().extracting(Employee::nip).isEqualTo(DemoUsers.SEKCAM);
    assertThat(reportingLine.supervisorOf(DemoUsers.STAFF, start.minusDays(1))).get().extracting(Employee::nip).isEqualTo(DemoUsers.LURAH);
    assertThat(reportingLine.supervisorOf(DemoUsers.STAFF, start.plusDays(15))).get().extracting(Employee::nip).isEqualTo(DemoUsers.LURAH);

    String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1").strip();
    assertThat(hr.send(hr.request("/api/organisation/acting/" + id).DELETE()).statusCode()).isEqualTo(204);
    assertThat(reportingLine.supervisorOf(DemoUsers.STAFF, start.plusDays(3))).get().extracting(Employee::nip).isEqualTo(DemoUsers.LURAH);
  }

  @Test
  void aSenselessAppointmentIsRefusedWithItsReasons() {
    var response = Http.demoUser(port, DemoUsers.HR).postJson("/api/organisation/acting", """
        {"positionCode":"TIDAK-ADA","nip":"000000000000000000","kind":"PLT","startDate":"2026-02-01","endDate":"2026-01-01"}
        """);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("jabatan 'TIDAK-ADA' tidak ditemukan", "pegawai aktif", "tanggal selesai");
  }

  @Test
  void hrSeesSupervisorAndReviewerOfAnEmployee() {
    String view = Http.demoUser(port, DemoUsers.HR).get("/api/organisation/employees/" + DemoUsers.KOMPERTA_STAFF).body();

    assertThat(view).contains("\"supervisor\":{\"nip\":\"" + DemoUsers.SEKCAM, "\"appealReviewer\":{\"nip\":\"" + DemoUsers.CAMAT);
    assertThat(Http.demoUser(port, DemoUsers.HR).get("/api/organisation/employees/000000000000000000").statusCode()).isEqualTo(404);
  }
}
