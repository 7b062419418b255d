package id.kinerja.audit;

import id.kinerja.export.CsvDownload;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for HR and auditors, as JSON pages or as one CSV file: per appraisal
 * ({@code /appraisals/{nip}/{year}}), per person ({@code /people/{nip}}: what was done to their
 * records and what they did), or everything of a period of time ({@code /events?from=&to=&action=}).
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

  private static final int MAX_PAGE_SIZE = 500;
  private static final int MAX_CSV_ROWS = 100_000;
  private static final List<String> CSV_HEADER = List.of("id", "waktu", "pelaku", "alamat", "tindakan", "nip",
      "penilaian", "sasaran", "rincian");

  private final AuditRepository repository;

  AuditController(AuditRepository repository) {
    this.repository = repository;
  }

  @GetMapping("/appraisals/{nip}/{year}")
  AuditRepository.Page appraisal(@PathVariable String nip, @PathVariable int year,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
    checkPage(page, size);
    return repository.ofAppraisal(nip, year, page, size);
  }

  @GetMapping(value = "/appraisals/{nip}/{year}.csv", produces = "text/csv")
  ResponseEntity<String> appraisalCsv(@PathVariable String nip, @PathVariable int year) {
    return csv("jejak-audit-" + nip + "-" + year + ".csv", repository.ofAppraisal(nip, year, 0, MAX_CSV_ROWS));
  }

  @GetMapping("/people/{nip}")
  AuditRepository.Page person(@PathVariable String nip, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    checkPage(page, size);
    return repository.ofPerson(nip, page, size);
  }

  @GetMapping(value = "/people/{nip}.csv", produces = "text/csv")
  ResponseEntity<String> personCsv(@PathVariable String nip) {
    return csv("jejak-audit-" + nip + ".csv", repository.ofPerson(nip, 0, MAX_CSV_ROWS));
  }

  @GetMapping("/events")
  AuditRepository.Page all(@RequestParam(required = false) String action,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
    checkPage(page, size);
    return repository.all(action(action), start(from), end(to), page, size);
  }

  @GetMapping(value = "/events.csv", produces = "text/csv")
  ResponseEntity<String> allCsv(@RequestParam(required = false) String action,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return csv("jejak-audit.csv", repository.all(action(action), start(from), end(to), 0, MAX_CSV_ROWS));
  }

  private static String action(String action) {
    if (action == null || action.isBlank()) {
      return null;
    }
    try {
      return AuditAction.valueOf(action).name();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Tindakan '" + action + "' tidak dikenal; pilihan: " + List.of(AuditAction.values()));
    }
  }

  private static Timestamp start(LocalDate from) {
    return Timestamp.valueOf((from == null ? LocalDate.of(2000, 1, 1) : from).atStartOfDay());
  }

  private static Timestamp end(LocalDate to) {
    return Timestamp.valueOf((to == null ? LocalDate.of(2100, 1, 1) : to.plusDays(1)).atStartOfDay());
  }

  private static void checkPage(int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page harus 0 atau lebih, size antara 1 dan " + MAX_PAGE_SIZE);
    }
  }

  private static ResponseEntity<String> csv(String fileName, AuditRepository.Page page) {
    return CsvDownload.of(fileName, CSV_HEADER, page.items().stream().<List<?>>map(e -> List.of(e.id(),
        e.occurredAt(), e.actor(), nz(e.clientAddress()), e.action(), nz(e.subjectNip()), nz(e.appraisalId()),
        nz(e.target()), nz(e.detail()))).toList());
  }

  private static Object nz(Object value) {
    return value == null ? "" : value;
  }
}
