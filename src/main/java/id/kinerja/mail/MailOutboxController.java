package id.kinerja.mail;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** HR's view of the outbox (SecurityConfig: pengelola-kinerja and administrators), newest first. */
@RestController
class MailOutboxController {

  static final int MAX_PAGE_SIZE = 200;

  record Page(List<MailOutbox.Entry> items, int page, int size, long total) {}

  private final MailOutbox outbox;

  MailOutboxController(MailOutbox outbox) {
    this.outbox = outbox;
  }

  @GetMapping("/api/mail/outbox")
  Page outbox(@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page harus 0 atau lebih, size antara 1 dan " + MAX_PAGE_SIZE);
    }
    OutboxState filter = state == null || state.isBlank() ? null : parse(state);
    return new Page(outbox.page(filter, page * size, size), page, size, outbox.count(filter));
  }

  private static OutboxState parse(String state) {
    try {
      return OutboxState.valueOf(state);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "state harus salah satu dari " + Arrays.toString(OutboxState.values()));
    }
  }
}
