package id.kinerja.period;

import id.kinerja.export.CsvDownload;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The period summary (JSON and CSV) and closing the period, for HR through HTTP Basic and on HR's
 * screen ({@code /pengelolaan/api}); and the organisation predicate of a unit, set by the leader one level up.
 */
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

  @GetMapping({"/api/periods/{year}/summary", "/pengelolaan/api/periods/{year}/summary"})
  PeriodSummaries.Summary summary(@PathVariable int year) {
    return summaries.summary(year);
  }

  @PostMapping({"/api/periods/{year}/close", "/pengelolaan/api/periods/{year}/close"})
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
  @GetMapping(value = {"/api/periods/{year}/summary.csv", "/pengelolaan/api/periods/{year}/summary.csv"},
      produces = "text/csv")
  ResponseEntity<String> csv(@PathVariable int year, @RequestParam(defaultValue = "unit") String bagian) {
    PeriodSummaries.Summary s = summaries.summary(year);
    String file = "ringkasan-" + year + "-" + bagian + ".csv";
    return switch (bagian) {
      case "unit" -> CsvDownload.of(file, List.of("kode_unit", "nama_unit", "predikat_organisasi", "sangat_baik", "baik",
              "butuh_perbaikan", "kurang", "sangat_kurang", "kurva_dilanggar"),
          s.units().stream().<List<?>>map(u -> List.of(u.unitCode(), u.unitName(), nz(u.organisationPredicate()),
              count(u, "SANGAT_BAIK"), count(u, "BAIK"), count(u, "BUTUH_PERBAIKAN"), count(u, "KURANG"),
              count(u, "SANGAT_KURANG"), String.join(" | ", u.curveBroken()))).toList());
      case "pelatihan" -> CsvDownload.of(file, List.of("topik", "jumlah_pegawai", "nip", "nama_topik"),
          s.training().stream().<List<?>>map(t -> List.of(t.topic(), t.count(), String.join(" ", t.nips()), t.label()))
              .toList());
      case "penghargaan" -> CsvDownload.of(file, List.of("nip", "nama", "unit", "jenis_penghargaan"),
          s.awards().stream().<List<?>>map(p -> List.of(p.nip(), p.name(), p.unitName(), nz(p.detail()))).toList());
      case "terlambat" -> CsvDownload.of(file, List.of("nip", "tugas", "batas_waktu", "pemegang_tugas"),
          s.lateTasks().stream().<List<?>>map(t -> List.of(nz(t.nip()), t.task(), String.valueOf(t.due()), nz(t.assignee())))
              .toList());
      case "belum-final" -> CsvDownload.of(file, List.of("nip", "nama", "unit", "tahap", "nama_tahap"),
          s.unfinished().stream().<List<?>>map(p -> List.of(p.nip(), p.name(), p.unitName(), p.stage(), p.stageLabel()))
              .toList());
      default -> throw new IllegalArgumentException("bagian harus unit, pelatihan, penghargaan, terlambat atau belum-final");
    };
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
