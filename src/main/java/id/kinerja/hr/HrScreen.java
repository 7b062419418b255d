package id.kinerja.hr;

import id.kinerja.web.Pages;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HR's screen, "Pengelolaan Kinerja" (HR and administrators, SecurityConfig). Its session API is
 * the HR controllers' own handlers mapped a second time under {@code /pengelolaan/api/...}, so the
 * page and HTTP Basic clients share the same checks and audit; the page's scripts are in
 * {@code static/pengelolaan/}.
 */
@RestController
class HrScreen {

  private final Pages pages;

  HrScreen(Pages pages) {
    this.pages = pages;
  }

  @GetMapping("/pengelolaan")
  ResponseEntity<String> page(CsrfToken csrf) {
    return pages.page("pengelolaan", csrf);
  }
}
