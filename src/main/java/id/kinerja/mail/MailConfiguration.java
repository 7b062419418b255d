package id.kinerja.mail;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** The node's outbox sender: SMTP from spring.mail.* (KINERJA_MAIL_*), none when the host is empty. */
@Configuration
class MailConfiguration {

  @Bean
  OutboxSender outboxSender(MailOutbox outbox, MailRecipients recipients, MailTemplates templates,
      ObjectProvider<JavaMailSender> smtp, @Value("${spring.mail.host:}") String host,
      @Value("${kinerja.mail.from}") String from, @Value("${kinerja.mail.batch-size:50}") int batchSize,
      @Value("${kinerja.mail.claim-for:5m}") Duration claimFor, @Value("${kinerja.mail.retry-first:1m}") Duration retryFirst,
      @Value("${kinerja.mail.retry-max:6h}") Duration retryMax, @Value("${kinerja.mail.max-attempts:10}") int maxAttempts) {
    String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    return new OutboxSender(outbox, recipients, templates, host.isBlank() ? null : smtp.getIfAvailable(),
        new OutboxSender.Settings(from, batchSize, claimFor, retryFirst, retryMax, maxAttempts), node);
  }
}
