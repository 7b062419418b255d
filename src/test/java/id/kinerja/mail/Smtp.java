package id.kinerja.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A GreenMail SMTP server on a free port that may be down (not started yet, or stopped). */
final class Smtp implements AutoCloseable {

  private final int port = freePort();
  private GreenMail server;

  void start() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  /** A client as the application configures one, with short timeouts. */
  JavaMailSenderImpl client() {
    JavaMailSenderImpl client = new JavaMailSenderImpl();
    client.setHost("127.0.0.1");
    client.setPort(port);
    client.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    client.getJavaMailProperties().put("mail.smtp.timeout", "5000");
    return client;
  }

  /** The mails received whose body contains the marker; GreenMail keeps one copy per recipient. */
  List<MimeMessage> received(String marker) {
    if (server == null) {
      return List.of();
    }
    return Arrays.stream(server.getReceivedMessages()).filter(m -> GreenMailUtil.getBody(m).contains(marker)).toList();
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
