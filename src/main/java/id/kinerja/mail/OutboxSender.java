package id.kinerja.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends due outbox entries. Each round claims a batch for this node (one UPDATE, so two nodes never
 * hold the same entry) and marks each entry right after its send, each mark its own statement.
 * A node that dies between a send and its mark leaves the entry claimed; it is sent again once the
 * claim ends: delivery is at least once at the SMTP boundary, the window being that one statement.
 */
public class OutboxSender {

  /** Retry and claim settings (kinerja.mail.*). */
  public record Settings(String from, int batchSize, Duration claimFor, Duration retryFirst, Duration retryMax,
      int maxAttempts) {}

  static final String NOT_CONFIGURED = "SMTP belum diatur (KINERJA_MAIL_HOST kosong)";

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final MailOutbox outbox;
  private final MailRecipients recipients;
  private final MailTemplates templates;
  private final JavaMailSender smtp;
  private final Settings settings;
  private final String node;

  /** {@code smtp} null: no server configured, entries are marked TIDAK_DIKIRIM and nothing is sent. */
  public OutboxSender(MailOutbox outbox, MailRecipients recipients, MailTemplates templates, JavaMailSender smtp,
      Settings settings, String node) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.templates = templates;
    this.smtp = smtp;
    this.settings = settings;
    this.node = node;
  }

  /** One round; returns how many entries it claimed. */
  public int sendDue() {
    Timestamp until = new Timestamp(MailOutbox.now().getTime() + settings.claimFor().toMillis());
    List<MailOutbox.Entry> claimed = outbox.claim(node, until, settings.batchSize());
    for (MailOutbox.Entry entry : claimed) {
      deliver(entry);
    }
    return claimed.size();
  }

  private void deliver(MailOutbox.Entry entry) {
    if (smtp == null) {
      outbox.finish(entry.id(), node, OutboxState.TIDAK_DIKIRIM, false, NOT_CONFIGURED);
      return;
    }
    MailRecipients.Resolved to = recipients.resolve(entry.recipient());
    if (to.addresses().isEmpty()) {
      outbox.finish(entry.id(), node, OutboxState.ALAMAT_TIDAK_ADA, false, to.missing());
      return;
    }
    try {
      MailTemplates.Mail mail = templates.write(entry.kind(), to.name(), entry.message());
      MimeMessage message = smtp.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
      helper.setFrom(settings.from());
      helper.setTo(to.addresses().toArray(String[]::new));
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), false);
      smtp.send(message);
    } catch (MessagingException | RuntimeException e) {
      // MailException and a template that does not render alike: counted, retried, in the end GAGAL_TETAP.
      failed(entry, e);
      return;
    }
    outbox.sent(entry.id(), node);
  }

  private void failed(MailOutbox.Entry entry, Exception e) {
    int attempts = entry.attempts() + 1;
    String error = describe(e);
    if (refusedAddress(e) || attempts >= settings.maxAttempts()) {
      LOG.warn("E-mail {} ({}) not delivered after {} attempts: {}", entry.id(), entry.kind(), attempts, error);
      outbox.finish(entry.id(), node, OutboxState.GAGAL_TETAP, true, error);
      return;
    }
    outbox.retryAt(entry.id(), node, new Timestamp(MailOutbox.now().getTime() + backOff(attempts).toMillis()), error);
  }

  /** retryFirst, doubled per attempt, at most retryMax. */
  Duration backOff(int attempts) {
    long factor = 1L << Math.min(attempts - 1, 30);
    Duration next = settings.retryFirst().multipliedBy(factor);
    return next.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : next;
  }

  private static boolean refusedAddress(Exception e) {
    if (e instanceof AddressException) {
      return true;
    }
    if (e instanceof MailSendException send) {
      return send.getFailedMessages().values().stream().anyMatch(f -> f instanceof SendFailedException s
          && s.getInvalidAddresses() != null && s.getInvalidAddresses().length > 0);
    }
    return false;
  }

  private static String describe(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
  }
}
