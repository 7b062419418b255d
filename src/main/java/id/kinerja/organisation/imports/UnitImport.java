package id.kinerja.organisation.imports;

import id.kinerja.organisation.IdentityMirror;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports units from CSV with columns {@code kode_unit, nama_unit, kode_unit_induk}. Codes
 * become Camunda group ids, so they are letters, digits, '.', '_' and '-'.
 */
@Service
public class UnitImport {

  static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,49}");
  private static final List<String> COLUMNS = List.of("kode_unit", "nama_unit", "kode_unit_induk");

  private final OrganisationRepository repository;
  private final IdentityMirror identity;

  public UnitImport(OrganisationRepository repository, IdentityMirror identity) {
    this.repository = repository;
    this.identity = identity;
  }

  @Transactional
  public ImportResult importCsv(String content) {
    List<CsvRow> rows = CsvFile.read(content, COLUMNS);
    Map<String, String> parentOf = new HashMap<>();
    repository.units().forEach(u -> parentOf.put(u.code(), u.parentCode()));
    int existing = parentOf.size();
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, Unit> units = new LinkedHashMap<>();
    Map<String, Long> lineOf = new HashMap<>();
    for (CsvRow row : rows) {
      String code = row.get("kode_unit");
      String name = row.get("nama_unit");
      if (code == null || !CODE.matcher(code).matches()) {
        problems.add(new ImportProblem(row.line(), "kode_unit", "kode_unit wajib diisi, huruf/angka/titik/garis, paling panjang 50"));
      } else if (name == null) {
        problems.add(new ImportProblem(row.line(), "nama_unit", "nama_unit wajib diisi"));
      } else if (lineOf.containsKey(code)) {
        problems.add(new ImportProblem(row.line(), "kode_unit", "kode_unit '" + code + "' ganda (juga di baris " + lineOf.get(code) + ")"));
      } else {
        units.put(code, new Unit(code, name, row.get("kode_unit_induk")));
        lineOf.put(code, row.line());
      }
    }
    units.values().forEach(u -> parentOf.put(u.code(), u.parentCode()));
    TreeCheck tree = new TreeCheck(parentOf);
    units.keySet().forEach(code -> tree.problem(code)
        .ifPresent(p -> problems.add(new ImportProblem(lineOf.get(code), "kode_unit_induk", "unit '" + code + "': " + p))));
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    int created = parentOf.size() - existing;
    for (String code : tree.parentsFirst(units.keySet())) {
      repository.saveUnit(units.get(code));
      identity.mirrorUnit(units.get(code));
    }
    return new ImportResult(rows.size(), created, rows.size() - created);
  }
}
