package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.LockedException;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-12-01T08:00:00Z");
  private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), Duration.ofMinutes(15),
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      });

  @Test
  void anAddressPastItsFreeFailuresWaitsTwiceAsLongEachTimeUpToTheBound() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("10.0.0.7");
      assertThatCode(() -> throttle.check("10.0.0.7")).doesNotThrowAnyException();
    }
    throttle.failed("10.0.0.7");
    assertThatThrownBy(() -> throttle.check("10.0.0.7")).isInstanceOf(LockedException.class)
        .hasMessageContaining("coba lagi dalam 2 detik");
    assertThatCode(() -> throttle.check("10.0.0.8")).as("another address").doesNotThrowAnyException();
    now = now.plusSeconds(3);
    throttle.check("10.0.0.7");
    throttle.failed("10.0.0.7");
    assertThatThrownBy(() -> throttle.check("10.0.0.7")).hasMessageContaining("4 detik");
    for (int i = 0; i < 40; i++) {
      throttle.failed("10.0.0.7");
    }
    assertThatThrownBy(() -> throttle.check("10.0.0.7")).hasMessageContaining("900 detik");
    now = now.plus(Duration.ofMinutes(16));
    assertThatCode(() -> throttle.check("10.0.0.7")).as("bounded").doesNotThrowAnyException();
    throttle.failed("10.0.0.7");
    assertThatCode(() -> throttle.check("10.0.0.7")).as("a new window starts afresh").doesNotThrowAnyException();
  }
}
