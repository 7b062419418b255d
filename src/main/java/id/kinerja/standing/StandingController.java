package id.kinerja.standing;

import id.kinerja.security.SecurityConfig;
import id.kinerja.web.Pages;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Penilaian Saya ({@code /penilaian-saya}) and its session API: the caller's own appraisals, their
 * staff's and the overdue tasks below them. Every answer is what the server lets this caller read.
 */
@RestController
class StandingController {

  static final String PAGE = SecurityConfig.STANDING_PAGES;
  static final String API = PAGE + "/api";

  private final Pages pages;
  private final Standings standings;

  StandingController(Pages pages, Standings standings) {
    this.pages = pages;
    this.standings = standings;
  }

  @GetMapping(PAGE)
  ResponseEntity<String> page(CsrfToken csrf) {
    return pages.page("penilaian-saya", csrf);
  }

  @GetMapping(API + "/saya")
  Map<String, Object> me(Authentication user) {
    return standings.caller(user);
  }

  @GetMapping(API + "/pegawai/{nip}")
  Map<String, Object> standing(@PathVariable String nip, Authentication user) {
    return standings.of(user, nip);
  }

  @GetMapping(API + "/staf")
  List<Map<String, Object>> staff(Authentication user) {
    return standings.staff(user);
  }

  @GetMapping(API + "/terlambat")
  List<Map<String, Object>> overdue(Authentication user) {
    return standings.overdue(user);
  }

  @ExceptionHandler(Standings.Refused.class)
  ResponseEntity<Map<String, String>> refused(Standings.Refused refused) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", refused.getMessage()));
  }
}
