package id.kinerja.mail;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes an outbox entry as a mail from its kind's template in {@code mail/} (Thymeleaf TEXT):
 * the first line is the subject, the rest the body. Kinds without a template use {@code UMUM}.
 */
@Component
public class MailTemplates {

  public record Mail(String subject, String body) {}

  static final String FALLBACK = "UMUM";

  private final TemplateEngine templates = new TemplateEngine();
  private final String tasklist;

  public MailTemplates(@Value("${kinerja.base-url:http://localhost:8080}") String baseUrl) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    templates.setTemplateResolver(resolver);
    this.tasklist = baseUrl.replaceAll("/+$", "") + "/camunda/app/tasklist/";
  }

  public Mail write(String kind, String name, String message) {
    Context context = new Context();
    context.setVariables(Map.of("pesan", message, "tautan", tasklist, "jenis", kind));
    context.setVariable("nama", name);
    String text = templates.process(template(kind), context);
    int end = text.indexOf('\n');
    return new Mail(text.substring(0, end).strip(), text.substring(end + 1).strip() + "\n");
  }

  private static String template(String kind) {
    boolean known = kind.matches("[A-Z_]+")
        && MailTemplates.class.getClassLoader().getResource("mail/" + kind + ".txt") != null;
    return known ? kind : FALLBACK;
  }
}
