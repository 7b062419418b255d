package id.kinerja.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo clock: administrators move it forward, the server's dates follow, nobody else may touch it. */
@KinerjaSpringTest
class DemoClockTest {

  @LocalServerPort
  int port;

  @AfterEach
  void realTime() {
    Http admin = Http.demoUser(port, DemoUsers.ADMIN);
    admin.send(admin.request("/api/demo/clock").DELETE());
  }

  @Test
  void anAdministratorMovesTheClockForwardAndTheServersDatesFollow() {
    Http admin = Http.demoUser(port, DemoUsers.ADMIN);
    LocalDate target = LocalDate.now().plusDays(40);

    var moved = admin.putJson("/api/demo/clock", "{\"date\":\"" + target + "\"}");

    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(moved.body()).contains("\"now\":\"" + target + "T00:00", "\"moved\":true");
    assertThat(EngineClock.today()).isEqualTo(target);
    assertThat(admin.putJson("/api/demo/clock", "{}").body()).contains("Tanggal (date, YYYY-MM-DD) wajib diisi");
    assertThat(admin.send(admin.request("/api/demo/clock").DELETE()).statusCode()).isEqualTo(200);
    assertThat(EngineClock.today()).isEqualTo(LocalDate.now());
  }

  @Test
  void nobodyButAnAdministratorMovesIt() {
    for (String user : new String[] {DemoUsers.HR, DemoUsers.STAFF, DemoUsers.WALIKOTA}) {
      var response = Http.demoUser(port, user).putJson("/api/demo/clock", "{\"date\":\"" + LocalDate.now().plusDays(5) + "\"}");
      assertThat(response.statusCode()).as(user).isEqualTo(403);
    }
    assertThat(EngineClock.today()).isEqualTo(LocalDate.now());
  }
}
