package id.kinerja.hr;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HR's screen and its session API: HR and administrators only (staff 403, nobody 401, HTTP Basic
 * not taken there), every write with the session's CSRF token, the same handlers and checks as
 * the Basic /api paths, which behave as before.
 */
@KinerjaSpringTest
class HrScreenTest {

  private static final String BAD_UNITS = "kode_unit,nama_unit,kode_unit_induk\n"
      + "UJI-HR-1,Unit Uji Layar,KEC-PLAJU\n"
      + "UJI HR 2,Unit Kode Salah,KEC-PLAJU\n";

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  JdbcClient jdbc;

  @Test
  void hrOpensThePageWithItsTokenPolicyAndScripts() {
    HttpResponse<String> page = Http.browserLogin(port, DemoUsers.HR, Http.DEMO_PASSWORD).get("/pengelolaan");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Pengelolaan Kinerja</h1>", "name=\"csrf-token\"",
        "<script type=\"module\" src=\"/pengelolaan/halaman.js\"></script>").doesNotContain("<!--csrf-->");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
  }

  @Test
  void staffAreRefusedAndNobodyLoggedInGets401() {
    Http staff = Http.browserLogin(port, DemoUsers.STAFF, Http.DEMO_PASSWORD);
    int year = AppraisalDriver.newYear();

    assertThat(staff.get("/pengelolaan").statusCode()).isEqualTo(403);
    assertThat(staff.get("/pengelolaan/halaman.js").statusCode()).isEqualTo(403);
    assertThat(staff.get("/pengelolaan/api/periods/" + year + "/settings").statusCode()).isEqualTo(403);
    assertThat(withToken(staff, "X-CSRF-TOKEN", staff.csrfTokenOfLoginPage())
        .postJson("/pengelolaan/api/periods/" + year + "/goals", goal()).statusCode()).as("with the session's valid token")
        .isEqualTo(403);
    assertThat(goals(year)).isZero();

    Http nobody = Http.anonymous(port);
    assertThat(nobody.get("/pengelolaan/api/periods/" + year + "/summary").statusCode()).isEqualTo(401);
    assertThat(nobody.postJson("/pengelolaan/api/periods/" + year + "/close", "{\"force\":true}").statusCode())
        .as("refused for its missing token before its missing login").isEqualTo(403);
    HttpResponse<String> page = nobody.get("/pengelolaan");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    assertThat(Http.demoUser(port, DemoUsers.HR).get("/pengelolaan/api/periods/" + year + "/settings").statusCode())
        .as("HTTP Basic is for /api, not for the session API").isEqualTo(401);
    assertThat(jdbc.sql("select count(*) from kinerja.period_closing where period_year = ?").param(year)
        .query(Integer.class).single()).isZero();
  }

  @Test
  void aWriteWithoutTheSessionsTokenIsRefusedAndChangesNothing() {
    Http hr = Http.browserLogin(port, DemoUsers.HR, Http.DEMO_PASSWORD);
    int year = AppraisalDriver.newYear();

    assertThat(hr.postJson("/pengelolaan/api/periods/" + year + "/goals", goal()).statusCode()).isEqualTo(403);
    assertThat(hr.postJson("/pengelolaan/api/periods/" + year + "/close", "{\"force\":true}").statusCode()).isEqualTo(403);
    assertThat(hr.post("/pengelolaan/api/organisation/units", "text/csv", "kode_unit,nama_unit,kode_unit_induk\n"
        + "UJI-TANPA-TOKEN,Unit Tanpa Token,KEC-PLAJU\n").statusCode()).isEqualTo(403);
    Http wrongToken = withToken(hr, "X-CSRF-TOKEN", "bukan-token-sesi-ini");
    assertThat(wrongToken.postJson("/pengelolaan/api/periods/" + year + "/goals", goal()).statusCode()).isEqualTo(403);

    assertThat(goals(year)).isZero();
    assertThat(jdbc.sql("select count(*) from kinerja.period_closing where period_year = ?").param(year)
        .query(Integer.class).single()).isZero();
    assertThat(jdbc.sql("select count(*) from kinerja.org_unit where code = 'UJI-TANPA-TOKEN'").query(Integer.class).single())
        .isZero();
  }

  @Test
  void hrWorksTheSessionApiWithTheSameChecksAsTheBasicApi() {
    Http hr = Http.browserLogin(port, DemoUsers.HR, Http.DEMO_PASSWORD);
    Http session = withToken(hr, tokenOf(hr));
    int year = AppraisalDriver.newYear();

    assertThat(session.postJson("/pengelolaan/api/periods/" + year + "/goals", goal()).statusCode()).isEqualTo(201);
    HttpResponse<String> tooShort = session.postJson("/pengelolaan/api/periods/" + year + "/goals", "{\"description\":\"pendek\"}");
    assertThat(tooShort.statusCode()).isEqualTo(400);
    assertThat(tooShort.body()).contains("10 sampai 1000 karakter");
    assertThat(goals(year)).isOne();
    assertThat(session.get("/pengelolaan/api/periods/" + year + "/goals").body())
        .as("the same field names on every database").startsWith("[{\"id\":").contains("\"description\":\"Meningkatnya");

    HttpResponse<String> settings = session.putJson("/pengelolaan/api/periods/" + year + "/settings",
        "{\"planDeadline\":\"" + year + "-02-28\",\"finalAssessmentOpens\":\"" + year + "-12-01\",\"planReminderDays\":7,"
            + "\"appealWindowDays\":14,\"appealDecisionDays\":14,\"appealReminderDays\":3}");
    assertThat(settings.statusCode()).isEqualTo(400);
    assertThat(settings.body()).contains("penilaian akhir dibuka paling cepat " + (year + 1) + "-01-01");
    assertThat(session.get("/pengelolaan/api/periods/" + year + "/settings").body()).contains("\"planDeadline\":\"" + year + "-01-31\"");

    HttpResponse<String> refused = session.post("/pengelolaan/api/organisation/units", "text/csv", BAD_UNITS);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("\"line\":3", "\"column\":\"kode_unit\"", "tidak ada data yang disimpan")
        .doesNotContain("\"line\":2");
    assertThat(jdbc.sql("select count(*) from kinerja.org_unit where code = 'UJI-HR-1'").query(Integer.class).single())
        .as("a file with a bad line changes nothing").isZero();

    HttpResponse<String> summary = session.get("/pengelolaan/api/periods/" + year + "/summary");
    assertThat(summary.statusCode()).isEqualTo(200);
    assertThat(session.get("/pengelolaan/api/periods/" + year + "/summary.csv?bagian=belum-final").body())
        .startsWith("\"nip\";\"nama\";\"unit\";\"tahap\";\"nama_tahap\"");

    // The Basic API takes the same calls without a session or token, as before.
    Http basic = Http.demoUser(port, DemoUsers.HR);
    assertThat(basic.postJson("/api/periods/" + year + "/goals", goal()).statusCode()).isEqualTo(201);
    assertThat(goals(year)).isEqualTo(2);
    assertThat(basic.post("/api/organisation/units", "text/csv", BAD_UNITS).body()).contains("\"line\":3");
    assertThat(Http.demoUser(port, DemoUsers.STAFF).get("/api/periods/" + year + "/summary").statusCode()).isEqualTo(403);
    assertThat(basic.get("/api/periods/" + year + "/summary").body()).isEqualTo(summary.body());
  }

  @Test
  void hrSeesEachUnitsCalibrationAndStartsOneWhoseLastPredicateWillNotCome() {
    Http session = hrSession();
    int year = driver.newYearWithCalibration();
    jdbc.sql("insert into kinerja.unit_predicate (unit_code, period_year, predicate, set_by, set_at)"
        + " values ('KEC-PLAJU', ?, 'ISTIMEWA', ?, current_timestamp)").params(year, DemoUsers.SEKDA).update();
    ProcessInstance rated = driver.planned(DemoUsers.STAFF, DemoUsers.LURAH, year);
    driver.start(DemoUsers.OTHER_STAFF, year);

    String before = session.get("/pengelolaan/api/periods/" + year + "/calibrations").body();
    assertThat(before).contains("\"unitCode\":\"KEC-PLAJU\"", "\"status\":\"MENUNGGU_PREDIKAT\"",
        "\"notStartableReason\":\"belum ada penilaian yang menunggu kalibrasi\"");
    assertThat(session.postJson("/pengelolaan/api/periods/" + year + "/calibrations/KEC-PLAJU/start", "{}").statusCode())
        .as("nobody waits yet").isEqualTo(409);

    driver.rated(rated, DemoUsers.STAFF, DemoUsers.LURAH, "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI");
    assertThat(driver.calibration("KEC-PLAJU", year)).as("another appraisal has no predicate yet").isNull();
    assertThat(session.get("/pengelolaan/api/periods/" + year + "/calibrations").body())
        .contains("\"counted\":2,\"withoutPredicate\":1,\"waiting\":1,\"status\":\"MENUNGGU_PREDIKAT\"", "\"startable\":true");
    assertThat(session.postJson("/pengelolaan/api/periods/" + year + "/calibrations/KEL-PLAJU-ULU/start", "{}").statusCode())
        .as("a kelurahan carries no organisation predicate").isEqualTo(400);

    HttpResponse<String> started = session.postJson("/pengelolaan/api/periods/" + year + "/calibrations/KEC-PLAJU/start", "{}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(driver.calibration("KEC-PLAJU", year)).isNotNull();
    HttpResponse<String> again = session.postJson("/pengelolaan/api/periods/" + year + "/calibrations/KEC-PLAJU/start", "{}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("Sedang berjalan");
    assertThat(jdbc.sql("select count(*) from kinerja.audit_event where action = 'KALIBRASI' and target = ? and actor = ?")
        .params("KEC-PLAJU:" + year, DemoUsers.HR).query(Integer.class).single()).isOne();
  }

  private Http hrSession() {
    Http hr = Http.browserLogin(port, DemoUsers.HR, Http.DEMO_PASSWORD);
    return withToken(hr, tokenOf(hr));
  }

  private int goals(int year) {
    return jdbc.sql("select count(*) from kinerja.organisation_goal where period_year = ?").param(year).query(Integer.class).single();
  }

  private static String goal() {
    return "{\"description\":\"Meningkatnya kualitas pelayanan publik di tingkat kecamatan\"}";
  }

  /** The header name and token the page hands its scripts. */
  private static String[] tokenOf(Http session) {
    String page = session.get("/pengelolaan").body();
    return new String[] {meta(page, "csrf-header"), meta(page, "csrf-token")};
  }

  private static String meta(String page, String name) {
    Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]+)\">").matcher(page);
    assertThat(m.find()).as("meta " + name).isTrue();
    return m.group(1);
  }

  private static Http withToken(Http session, String[] token) {
    return withToken(session, token[0], token[1]);
  }

  /** The same session, each request carrying the header (as the page's fetch calls do). */
  private static Http withToken(Http session, String header, String token) {
    return session.withHeader(header, token);
  }
}
