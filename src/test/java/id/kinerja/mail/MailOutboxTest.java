package id.kinerja.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalRepository;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
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

  private final int smtpPort = freePort();
  private GreenMail smtp;

  @AfterEach
  void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void aCommittedEntryArrivesOnceWithSubjectAndTasklistLink() throws Exception {
    startSmtp();
    String marker = marker();
    long id = committed(DemoUsers.STAFF, "PENGINGAT", "Tugas Isi Realisasi TW I jatuh tempo " + marker);
    OutboxSender sender = sender("node-a", 5);

    drain(sender);
    drain(sender);

    List<MimeMessage> mails = received(marker);
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
  void anUncommittedEntryIsNotSent() throws Exception {
    startSmtp();
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
    assertThat(received(marker)).isEmpty();
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

    startSmtp();
    drain(sender);

    assertThat(received(marker)).hasSize(1);
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
    OutboxSender sender = new OutboxSender(outbox, recipients, templates, smtpClient(), settings, "node-a");
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
    startSmtp();
    String marker = marker();
    committed("pengelola-kinerja", "KURVA_PENYIMPANGAN", "Unit KEL-PLAJU-ULU: penyimpangan diterima " + marker);
    long unknown = committed("199901012020011999", "EVALUASI_LEBIH_AWAL", "Tanpa alamat " + marker);

    drain(sender("node-a", 5));

    // GreenMail keeps one copy per recipient: one mail to all the group's addresses.
    List<MimeMessage> mails = received(marker);
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
    startSmtp();
    String marker = marker();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      ids.add(committed(DemoUsers.STAFF, "PENGINGAT", "Pengingat ke-" + i + " " + marker + "#" + i + "#"));
    }
    OutboxSender a = sender("node-a", 3);
    OutboxSender b = sender("node-b", 3);
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = pool.invokeAll(List.<Callable<Integer>>of(
          () -> { start.await(); return untilSent(a, marker); }, () -> { start.await(); return untilSent(b, marker); }),
          30, TimeUnit.SECONDS);
      int claimedA = runs.get(0).get();
      int claimedB = runs.get(1).get();
      assertThat(claimedA).as("node-a claimed some").isPositive();
      assertThat(claimedB).as("node-b claimed some").isPositive();
      assertThat(claimedA + claimedB).isGreaterThanOrEqualTo(40);
    } finally {
      pool.shutdownNow();
    }

    List<MimeMessage> mails = received(marker);
    assertThat(mails).hasSize(40);
    for (int i = 0; i < 40; i++) {
      String tag = marker + "#" + i + "#";
      assertThat(mails.stream().filter(m -> GreenMailUtil.getBody(m).contains(tag))).as(tag).hasSize(1);
    }
    assertThat(ids.stream().map(id -> outbox.entry(id).state())).containsOnly("DIKIRIM");
  }

  @Test
  void withoutAnSmtpHostNothingIsSentAndTheEntrySaysWhy() throws Exception {
    startSmtp();
    String marker = marker();
    long id = committed(DemoUsers.STAFF, "PENGINGAT", "Tanpa SMTP " + marker);
    OutboxSender sender = new OutboxSender(outbox, recipients, templates, null, settings(5), "node-a");

    drain(sender);

    assertThat(received(marker)).isEmpty();
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

  /**
   * Rounds until no entry with the marker is due. A round that loses the race for its batch claims
   * nothing (the other node holds it), so an empty round alone does not mean the work is done.
   */
  private int untilSent(OutboxSender sender, String marker) {
    int total = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline && jdbc.sql("select count(*) from kinerja.notification where message like ?"
        + " and state in ('MENUNGGU', 'GAGAL_SEMENTARA')").param("%" + marker + "%").query(Long.class).single() > 0) {
      total += sender.sendDue();
    }
    return total;
  }

  private long committed(String recipient, String kind, String message) {
    transactions.executeWithoutResult(status -> appraisals.notify(null, recipient, kind, message));
    return jdbc.sql("select max(id) from kinerja.notification where message = ?").param(message).query(Long.class).single();
  }

  private OutboxSender sender(String node, int batch) {
    return new OutboxSender(outbox, recipients, templates, smtpClient(), settings(batch), node);
  }

  private static OutboxSender.Settings settings(int batch) {
    return new OutboxSender.Settings("Kinerja ASN <kinerja@test>", batch, Duration.ofMinutes(1), Duration.ZERO,
        Duration.ZERO, 5);
  }

  private JavaMailSenderImpl smtpClient() {
    JavaMailSenderImpl client = new JavaMailSenderImpl();
    client.setHost("127.0.0.1");
    client.setPort(smtpPort);
    client.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    client.getJavaMailProperties().put("mail.smtp.timeout", "5000");
    return client;
  }

  private void startSmtp() {
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  private List<MimeMessage> received(String marker) {
    if (smtp == null) {
      return List.of();
    }
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> GreenMailUtil.getBody(m).contains(marker)).toList();
  }

  private static List<String> addresses(MimeMessage mail) throws Exception {
    return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
  }

  private static String marker() {
    return "uji-" + UUID.randomUUID();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
