package id.kinerja.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalRepository;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server (GreenMail on a free port). The shared context's own
 * schedule is off (application-test.yaml); each test builds senders as the application does.
 */
@KinerjaSpringTest
class MailOutboxTest {

  private static final String SITI_MAIL = "siti.rahmawati@demo.palembang.go.id";

  @LocalServerPort
  int port;
  @Autowired
  AppraisalRepository appraisals;
  @Autowired
  MailOutbox outbox;
  @Autowired
  MailRecipients recipients;
  @Autowired
  MailTemplates templates;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  JdbcClient jdbc;

  private final Smtp smtp = new Smtp();

  @AfterEach
  void stopSmtp() {
    smtp.close();
  }

  @Test
  void aCommittedEntryArrivesOnceWithSubjectAndTasklistLink() throws Exception {
    smtp.start();
    String marker = marker();
    long id = committed(DemoUsers.STAFF, "PENGINGAT", "Tugas Isi Realisasi TW I jatuh tempo " + marker);
    OutboxSender sender = sender("node-a", 5);

    drain(sender);
    drain(sender);

    List<MimeMessage> mails = smtp.received(marker);
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(addresses(mail)).containsExactly(SITI_MAIL);
    assertThat(mail.getSubject()).isEqualTo("Pengingat tenggat tugas penilaian kinerja");
    String body = GreenMailUtil.getBody(mail);
    assertThat(body).contains("Yth. Siti Rahmawati, S.Kom.", "http://localhost:8080/camunda/app/tasklist/");
    MailOutbox.Entry entry = outbox.entry(id);
    assertThat(entry.state()).isEqualTo("DIKIRIM");
    assertThat(entry.attempts()).isEqualTo(1);
    assertThat(entry.sentAt()).isNotNull();
  }

  @Test
  void theScheduleSendsWithoutBeingAsked() throws Exception {
    smtp.start();
    String marker = marker();
    long id = committed(DemoUsers.STAFF, "EVALUASI_LEBIH_AWAL", "TW II dibuka lebih awal " + marker);
    try (OutboxSchedule schedule = new OutboxSchedule(sender("node-s", 50), Duration.ofMillis(100))) {
      schedule.run(null);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!"DIKIRIM".equals(outbox.entry(id).state()) && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    }
    assertThat(outbox.entry(id).state()).isEqualTo("DIKIRIM");
    assertThat(smtp.received(marker)).hasSize(1).first()
        .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("Evaluasi periodik dibuka lebih awal"));
  }

  @Test
  void anUncommittedEntryIsNotSent() throws Exception {
    smtp.start();
    String marker = marker();
    OutboxSender sender = sender("node-a", 5);
    ExecutorService otherNode = Executors.newSingleThreadExecutor();
    try {
      transactions.executeWithoutResult(status -> {
        appraisals.notify(null, DemoUsers.STAFF, "PENGINGAT", "Belum tercatat " + marker);
        try {
          assertThat(otherNode.submit(() -> drain(sender)).get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(0);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        status.setRollbackOnly();
      });
    } finally {
      otherNode.shutdownNow();
    }
    drain(sender);
    assertThat(smtp.received(marker)).isEmpty();
  }

  @Test
  void smtpDownThenUpDeliversOnceAndCountsTheAttempts() throws Exception {
    String marker = marker();
    long id = committed(DemoUsers.STAFF, "KEPUTUSAN_KEBERATAN", "Keberatan Anda dikabulkan " + marker);
    OutboxSender sender = sender("node-a", 500);

    sender.sendDue(); // one round: with no back-off a drain would use up the attempts
    MailOutbox.Entry failed = outbox.entry(id);
    assertThat(failed.state()).isEqualTo("GAGAL_SEMENTARA");
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isNotBlank();

    smtp.start();
    drain(sender);

    assertThat(smtp.received(marker)).hasSize(1);
    MailOutbox.Entry sent = outbox.entry(id);
    assertThat(sent.state()).isEqualTo("DIKIRIM");
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(sent.lastError()).isNull();
  }

  @Test
  void retriesBackOffAndEndInAPermanentFailureHrCanSee() {
    String marker = marker();
    long id = committed(DemoUsers.STAFF, "PENGINGAT", "Tidak akan sampai " + marker);
    OutboxSender.Settings settings = new OutboxSender.Settings("kinerja@test", 5, Duration.ofMinutes(1),
        Duration.ofSeconds(30), Duration.ofMinutes(2), 2);
    OutboxSender sender = new OutboxSender(outbox, recipients, templates, smtp.client(), settings, "node-a");
    assertThat(List.of(1, 2, 3, 4, 10).stream().map(sender::backOff)).containsExactly(
        Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(2), Duration.ofMinutes(2));

    drain(sender);
    assertThat(outbox.entry(id).state()).isEqualTo("GAGAL_SEMENTARA");
    drain(sender);
    assertThat(outbox.entry(id).state()).as("not due before its back-off").isEqualTo("GAGAL_SEMENTARA");
    jdbc.sql("update kinerja.notification set next_attempt_at = null where id = ?").param(id).update();
    drain(sender);

    MailOutbox.Entry entry = outbox.entry(id);
    assertThat(entry.state()).isEqualTo("GAGAL_TETAP");
    assertThat(entry.attempts()).isEqualTo(2);
    var hr = Http.demoUser(port, DemoUsers.HR).get("/api/mail/outbox?state=GAGAL_TETAP&size=200");
    assertThat(hr.statusCode()).isEqualTo(200);
    assertThat(hr.body()).contains(marker, "\"attempts\":2");
  }

  @Test
  void aGroupRecipientGoesToItsMembersAndAnUnknownOneIsReported() throws Exception {
    smtp.start();
    String marker = marker();
    committed("pengelola-kinerja", "KURVA_PENYIMPANGAN", "Unit KEL-PLAJU-ULU: penyimpangan diterima " + marker);
    long unknown = committed("199901012020011999", "EVALUASI_LEBIH_AWAL", "Tanpa alamat " + marker);

    drain(sender("node-a", 5));

    // GreenMail keeps one copy per recipient: one mail to all the group's addresses.
    List<MimeMessage> mails = smtp.received(marker);
    assertThat(mails).isNotEmpty();
    assertThat(addresses(mails.get(0))).contains("rizky.pratama@demo.palembang.go.id").hasSize(mails.size());
    assertThat(mails.get(0).getSubject()).isEqualTo("Penyimpangan kurva distribusi diterima");
    MailOutbox.Entry missing = outbox.entry(unknown);
    assertThat(missing.state()).isEqualTo("ALAMAT_TIDAK_ADA");
    assertThat(missing.lastError()).contains("199901012020011999");
    var hr = Http.demoUser(port, DemoUsers.HR).get("/api/mail/outbox?state=ALAMAT_TIDAK_ADA&size=200");
    assertThat(hr.body()).contains(marker);
    assertThat(Http.demoUser(port, DemoUsers.STAFF).get("/api/mail/outbox").statusCode()).isEqualTo(403);
    assertThat(Http.demoUser(port, DemoUsers.HR).get("/api/mail/outbox?state=SALAH").statusCode()).isEqualTo(400);
  }

  @Test
  void twoSendersOnOneDatabaseSendEachEntryExactlyOnce() throws Exception {
    smtp.start();
    TwoSenders.sendEachEntryExactlyOnce(appraisals, outbox, recipients, templates, jdbc, smtp, DemoUsers.STAFF, 40);
  }

  @Test
  void withoutAnSmtpHostNothingIsSentAndTheEntrySaysWhy() throws Exception {
    smtp.start();
    String marker = marker();
    long id = committed(DemoUsers.STAFF, "PENGINGAT", "Tanpa SMTP " + marker);
    OutboxSender sender = new OutboxSender(outbox, recipients, templates, null, settings(5), "node-a");

    drain(sender);

    assertThat(smtp.received(marker)).isEmpty();
    MailOutbox.Entry entry = outbox.entry(id);
    assertThat(entry.state()).isEqualTo("TIDAK_DIKIRIM");
    assertThat(entry.lastError()).contains("SMTP belum diatur");
    assertThat(entry.attempts()).isZero();
  }

  /** Rounds until nothing is due; how many entries this sender claimed. */
  private static int drain(OutboxSender sender) {
    int total = 0;
    for (int claimed = sender.sendDue(); claimed > 0; claimed = sender.sendDue()) {
      total += claimed;
    }
    return total;
  }

  private long committed(String recipient, String kind, String message) {
    transactions.executeWithoutResult(status -> appraisals.notify(null, recipient, kind, message));
    return jdbc.sql("select max(id) from kinerja.notification where message = ?").param(message).query(Long.class).single();
  }

  private OutboxSender sender(String node, int batch) {
    return new OutboxSender(outbox, recipients, templates, smtp.client(), settings(batch), node);
  }

  private static OutboxSender.Settings settings(int batch) {
    return new OutboxSender.Settings("Kinerja ASN <kinerja@test>", batch, Duration.ofMinutes(1), Duration.ZERO,
        Duration.ZERO, 5);
  }

  private static List<String> addresses(MimeMessage mail) throws Exception {
    return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
  }

  private static String marker() {
    return "uji-" + UUID.randomUUID();
  }
}
