package id.kinerja.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser that lands on an error gets an Indonesian page in the login page's style, never Spring's Whitelabel. */
@KinerjaSpringTest
class ErrorPagesTest {

  @LocalServerPort
  int port;

  @Test
  void aMissingPageIsAnIndonesianPage() {
    var answer = Http.browserLogin(port, DemoUsers.STAFF, Http.DEMO_PASSWORD).withHeader("Accept", "text/html").get("/tidak-ada-halaman-ini");
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(answer.body()).contains("Halaman tidak ditemukan", "Kode kesalahan 404", "/halaman.css", "lang=\"id\"")
        .doesNotContain("Whitelabel");
  }

  @Test
  void cockpitRefusedToAnEmployeeIsAnIndonesianPage() {
    var answer = Http.browserLogin(port, DemoUsers.STAFF, Http.DEMO_PASSWORD).withHeader("Accept", "text/html").get("/camunda/app/cockpit/default/");
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("Akses ditolak", "Ke Daftar Tugas").doesNotContain("Whitelabel");
  }

  @Test
  void theStyleSheetIsThereForAnAnonymousVisitorToo() {
    assertThat(Http.anonymous(port).get("/halaman.css").statusCode()).isEqualTo(200);
  }
}
