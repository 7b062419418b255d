package id.kinerja.period;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The period summary (JSON and CSV), closing the period, and the organisation predicate of a unit. */
@RestController
class PeriodSummaryController {

  record CloseRequest(boolean force) {}

  record PredicateRequest(String predicate) {}

  private final PeriodSummaries summaries;
  private final UnitPredicates unitPredicates;

  PeriodSummaryController(PeriodSummaries summaries, UnitPredicates unitPredicates) {
    this.summaries = summaries;
    this.unitPredicates = unitPredicates;
  }

  @GetMapping("/api/periods/{year}/summary")
  PeriodSummaries.Summary summary(@PathVariable int year) {
    return summaries.summary(year);
  }

  @PostMapping("/api/periods/{year}/close")
  ResponseEntity<?> close(@PathVariable int year, @RequestBody(required = false) CloseRequest request, Principal user) {
    try {
      return ResponseEntity.ok(summaries.close(year, request != null && request.force(), user.getName()));
    } catch (PeriodSummaries.NotFinished e) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", e.getMessage(), "unfinished", e.unfinished()));
    } catch (IllegalStateException e) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", e.getMessage()));
    }
  }

  /** One part of the summary as a CSV file for a spreadsheet: unit, pelatihan, penghargaan, terlambat, belum-final. */
  @GetMapping(value = "/api/periods/{year}/summary.csv", produces = "text/csv")
  ResponseEntity<String> csv(@PathVariable int year, @RequestParam(defaultValue = "unit") String bagian) {
    PeriodSummaries.Summary s = summaries.summary(year);
    List<String> lines = new ArrayList<>();
    switch (bagian) {
      case "unit" -> {
        lines.add("kode_unit;nama_unit;predikat_organisasi;sangat_baik;baik;butuh_perbaikan;kurang;sangat_kurang;kurva_dilanggar");
        s.units().forEach(u -> lines.add(String.join(";", u.unitCode(), u.unitName(), nz(u.organisationPredicate()),
            count(u, "SANGAT_BAIK"), count(u, "BAIK"), count(u, "BUTUH_PERBAIKAN"), count(u, "KURANG"),
            count(u, "SANGAT_KURANG"), String.join(" | ", u.curveBroken()))));
      }
      case "pelatihan" -> {
        lines.add("topik;jumlah_pegawai;nip");
        s.training().forEach(t -> lines.add(t.topic() + ";" + t.count() + ";" + String.join(" ", t.nips())));
      }
      case "penghargaan" -> {
        lines.add("nip;nama;unit;jenis_penghargaan");
        s.awards().forEach(p -> lines.add(String.join(";", p.nip(), p.name(), p.unitName(), p.detail())));
      }
      case "terlambat" -> {
        lines.add("nip;tugas;batas_waktu;pemegang_tugas");
        s.lateTasks().forEach(t -> lines.add(String.join(";", nz(t.nip()), t.task(), String.valueOf(t.due()), nz(t.assignee()))));
      }
      case "belum-final" -> {
        lines.add("nip;nama;unit;status");
        s.unfinished().forEach(p -> lines.add(String.join(";", p.nip(), p.name(), p.unitName(), p.detail())));
      }
      default -> throw new IllegalArgumentException("bagian harus unit, pelatihan, penghargaan, terlambat atau belum-final");
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ringkasan-" + year + "-" + bagian + ".csv\"")
        .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
        .body(lines.stream().collect(Collectors.joining("\r\n", "", "\r\n")));
  }

  @PutMapping("/api/unit-predicates/{year}/{unitCode}")
  ResponseEntity<Void> setUnitPredicate(@PathVariable int year, @PathVariable String unitCode,
      @RequestBody PredicateRequest request, Principal user) {
    unitPredicates.set(unitCode, year, request.predicate(), user.getName());
    return ResponseEntity.noContent().build();
  }

  private static String count(PeriodSummaries.UnitSummary unit, String predicate) {
    return String.valueOf(unit.counts().getOrDefault(predicate, 0));
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
