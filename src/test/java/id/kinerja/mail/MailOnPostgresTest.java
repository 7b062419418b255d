package id.kinerja.mail;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.PostgresDatabase;
import id.kinerja.appraisal.AppraisalRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox's migration and its claim statement on PostgreSQL: two senders, each entry once. */
class MailOnPostgresTest {

  private static PostgresDatabase database;
  private static ConfigurableApplicationContext app;

  @BeforeAll
  static void start() {
    database = PostgresDatabase.create();
    app = database.startApplication("--kinerja.demo.enabled=true", "--kinerja.mail.sender.enabled=false",
        "--camunda.bpm.job-execution.enabled=false");
  }

  @AfterAll
  static void stop() throws Exception {
    PostgresDatabase.stop(app, database);
  }

  @Test
  void twoSendersSendEachEntryExactlyOnce() throws Exception {
    try (Smtp smtp = new Smtp()) {
      smtp.start();
      TwoSenders.sendEachEntryExactlyOnce(app.getBean(AppraisalRepository.class), app.getBean(MailOutbox.class),
          app.getBean(MailRecipients.class), app.getBean(MailTemplates.class), app.getBean(JdbcClient.class), smtp,
          DemoUsers.STAFF, 40);
    }
  }

  @Test
  void hrPagesTheOutbox() {
    MailOutbox outbox = app.getBean(MailOutbox.class);
    app.getBean(AppraisalRepository.class).notify(null, "199901012020011999", "PENGINGAT", "Tanpa alamat");
    assertThat(outbox.count(null)).isPositive();
    assertThat(outbox.page(OutboxState.MENUNGGU, 0, 10)).extracting(MailOutbox.Entry::recipient).contains("199901012020011999");
  }
}
