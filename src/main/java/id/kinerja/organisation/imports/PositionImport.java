package id.kinerja.organisation.imports;

import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.Position;
import id.kinerja.organisation.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports posts from CSV with columns {@code kode_jabatan, nama_jabatan, kode_unit,
 * kode_jabatan_atasan}; the last names the post that rates this one (empty at the top).
 */
@Service
public class PositionImport {

  private static final List<String> COLUMNS =
      List.of("kode_jabatan", "nama_jabatan", "kode_unit", "kode_jabatan_atasan");

  private final OrganisationRepository repository;

  public PositionImport(OrganisationRepository repository) {
    this.repository = repository;
  }

  @Transactional
  public ImportResult importCsv(String content) {
    List<CsvRow> rows = CsvFile.read(content, COLUMNS);
    Set<String> units = repository.units().stream().map(Unit::code).collect(Collectors.toSet());
    Map<String, String> reportsTo = new HashMap<>();
    repository.positions().forEach(p -> reportsTo.put(p.code(), p.reportsToCode()));
    int existing = reportsTo.size();
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, Position> positions = new LinkedHashMap<>();
    Map<String, Long> lineOf = new HashMap<>();
    for (CsvRow row : rows) {
      String code = row.get("kode_jabatan");
      String unit = row.get("kode_unit");
      if (code == null || !UnitImport.CODE.matcher(code).matches()) {
        problems.add(new ImportProblem(row.line(), "kode_jabatan", "kode_jabatan wajib diisi, huruf/angka/titik/garis, paling panjang 50"));
      } else if (row.get("nama_jabatan") == null) {
        problems.add(new ImportProblem(row.line(), "nama_jabatan", "nama_jabatan wajib diisi"));
      } else if (unit == null || !units.contains(unit)) {
        problems.add(new ImportProblem(row.line(), "kode_unit", "kode_unit '" + (unit == null ? "" : unit) + "' tidak ditemukan"));
      } else if (lineOf.containsKey(code)) {
        problems.add(new ImportProblem(row.line(), "kode_jabatan", "kode_jabatan '" + code + "' ganda (juga di baris " + lineOf.get(code) + ")"));
      } else {
        positions.put(code, new Position(code, row.get("nama_jabatan"), unit, row.get("kode_jabatan_atasan")));
        lineOf.put(code, row.line());
      }
    }
    positions.values().forEach(p -> reportsTo.put(p.code(), p.reportsToCode()));
    TreeCheck tree = new TreeCheck(reportsTo);
    positions.keySet().forEach(code -> tree.problem(code).ifPresent(p ->
        problems.add(new ImportProblem(lineOf.get(code), "kode_jabatan_atasan", "jabatan atasan dari '" + code + "': " + p))));
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    int created = reportsTo.size() - existing;
    tree.parentsFirst(positions.keySet()).forEach(code -> repository.savePosition(positions.get(code)));
    return new ImportResult(rows.size(), created, rows.size() - created);
  }
}
