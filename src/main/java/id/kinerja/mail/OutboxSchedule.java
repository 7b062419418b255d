package id.kinerja.mail;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the sender every {@code kinerja.mail.poll-interval} on one thread of its own. It reads the
 * outbox in its own statements, so it sees an entry only once the transaction that wrote it committed.
 * Off with {@code kinerja.mail.sender.enabled=false} (the shared test context: tests drive senders).
 */
@Component
@ConditionalOnProperty(name = "kinerja.mail.sender.enabled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule implements ApplicationRunner, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSchedule.class);

  private final OutboxSender sender;
  private final Duration interval;
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread t = new Thread(runnable, "mail-outbox");
    t.setDaemon(true);
    return t;
  });

  OutboxSchedule(OutboxSender sender, @Value("${kinerja.mail.poll-interval:15s}") Duration interval) {
    this.sender = sender;
    this.interval = interval;
  }

  @Override
  public void run(ApplicationArguments args) {
    thread.scheduleWithFixedDelay(this::round, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void round() {
    try {
      while (sender.sendDue() > 0) {
        // A full batch may have more behind it.
      }
    } catch (RuntimeException e) {
      LOG.warn("Mail outbox round failed; the next round tries again", e);
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
