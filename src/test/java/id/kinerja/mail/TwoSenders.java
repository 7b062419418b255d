package id.kinerja.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.kinerja.appraisal.AppraisalRepository;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two senders with different node ids on one database, started together on committed entries:
 * each entry arrives exactly once and both nodes did part of the work.
 */
final class TwoSenders {

  private TwoSenders() {}

  static void sendEachEntryExactlyOnce(AppraisalRepository appraisals, MailOutbox outbox, MailRecipients recipients,
      MailTemplates templates, JdbcClient jdbc, Smtp smtp, String recipient, int entries) throws Exception {
    String marker = "uji-" + UUID.randomUUID();
    for (int i = 0; i < entries; i++) {
      appraisals.notify(null, recipient, "PENGINGAT", "Pengingat ke-" + i + " " + marker + "#" + i + "#");
    }
    OutboxSender.Settings settings = new OutboxSender.Settings("Kinerja ASN <kinerja@test>", 3, Duration.ofMinutes(1),
        Duration.ZERO, Duration.ZERO, 5);
    OutboxSender a = new OutboxSender(outbox, recipients, templates, smtp.client(), settings, "node-a");
    OutboxSender b = new OutboxSender(outbox, recipients, templates, smtp.client(), settings, "node-b");
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = pool.invokeAll(List.<Callable<Integer>>of(
          () -> { start.await(); return untilSent(a, jdbc, marker); },
          () -> { start.await(); return untilSent(b, jdbc, marker); }), 30, TimeUnit.SECONDS);
      assertThat(runs.get(0).get()).as("node-a claimed some").isPositive();
      assertThat(runs.get(1).get()).as("node-b claimed some").isPositive();
    } finally {
      pool.shutdownNow();
    }

    List<MimeMessage> mails = smtp.received(marker);
    assertThat(mails).hasSize(entries);
    for (int i = 0; i < entries; i++) {
      String tag = marker + "#" + i + "#";
      assertThat(mails.stream().filter(m -> GreenMailUtil.getBody(m).contains(tag))).as(tag).hasSize(1);
    }
    assertThat(jdbc.sql("select distinct state from kinerja.notification where message like ?").param("%" + marker + "%")
        .query(String.class).list()).containsExactly("DIKIRIM");
  }

  /**
   * Rounds until no entry with the marker is due. A round that loses the race for its batch claims
   * nothing (the other node holds it), so an empty round alone does not mean the work is done.
   */
  private static int untilSent(OutboxSender sender, JdbcClient jdbc, String marker) {
    int total = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline && jdbc.sql("select count(*) from kinerja.notification where message like ?"
        + " and state in ('MENUNGGU', 'GAGAL_SEMENTARA')").param("%" + marker + "%").query(Long.class).single() > 0) {
      total += sender.sendDue();
    }
    return total;
  }
}
