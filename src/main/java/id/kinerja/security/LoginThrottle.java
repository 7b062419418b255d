package id.kinerja.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;

/**
 * Slows down a client address that keeps sending wrong passwords, whichever accounts it tries:
 * after {@code kinerja.login.free-failures} failures within {@code kinerja.login.window}, every
 * further failure shuts the address out for twice as long as the last (2 s, 4 s, ... up to
 * {@code kinerja.login.max-wait}); meanwhile its logins are refused without a password check.
 * Accounts themselves lock for at most a minute (Camunda's login delay), so nobody can lock a
 * colleague out for good. Counted per node, in memory.
 */
@Component
class LoginThrottle {

  private record Failures(int count, Instant first, Instant blockedUntil) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final int freeFailures;
  private final Duration window;
  private final Duration maxWait;
  private final Clock clock;

  @Autowired
  LoginThrottle(@Value("${kinerja.login.free-failures:20}") int freeFailures,
      @Value("${kinerja.login.window:15m}") Duration window, @Value("${kinerja.login.max-wait:15m}") Duration maxWait) {
    this(freeFailures, window, maxWait, Clock.systemUTC());
  }

  LoginThrottle(int freeFailures, Duration window, Duration maxWait, Clock clock) {
    this.freeFailures = freeFailures;
    this.window = window;
    this.maxWait = maxWait;
    this.clock = clock;
  }

  /** Refuses, before any password is checked, while the address is shut out. */
  void check(String address) {
    Failures seen = failures.get(key(address));
    Instant now = clock.instant();
    if (seen != null && seen.blockedUntil() != null && seen.blockedUntil().isAfter(now)) {
      long seconds = Math.max(1, Duration.between(now, seen.blockedUntil()).toSeconds());
      throw new LockedException("Terlalu banyak percobaan masuk yang salah dari alamat ini; coba lagi dalam "
          + seconds + " detik.");
    }
  }

  void failed(String address) {
    Instant now = clock.instant();
    failures.compute(key(address), (k, seen) -> {
      if (seen == null || seen.first().isBefore(now.minus(window))) {
        return new Failures(1, now, null);
      }
      int count = seen.count() + 1;
      int over = count - freeFailures;
      Instant blockedUntil = over <= 0 ? null
          : now.plus(over >= 30 ? maxWait : min(Duration.ofSeconds(1L << over), maxWait));
      return new Failures(count, seen.first(), blockedUntil);
    });
    if (failures.size() > 100_000) {
      failures.entrySet().removeIf(e -> e.getValue().first().isBefore(now.minus(window)));
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String key(String address) {
    return address == null ? "?" : address;
  }
}
