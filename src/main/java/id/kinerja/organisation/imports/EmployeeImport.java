package id.kinerja.organisation.imports;

import id.kinerja.organisation.Employee;
import id.kinerja.organisation.EmploymentType;
import id.kinerja.organisation.IdentityMirror;
import id.kinerja.organisation.Nip;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.Position;
import id.kinerja.organisation.RankGrade;
import id.kinerja.organisation.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports employees from CSV with columns {@code nip, nama, golongan, jenis_asn, kode_jabatan,
 * kode_unit, email} and optionally {@code aktif} (ya/tidak). Every accepted employee is mirrored
 * into Camunda as a user whose id is the NIP.
 */
@Service
public class EmployeeImport {

  private static final List<String> COLUMNS =
      List.of("nip", "nama", "golongan", "jenis_asn", "kode_jabatan", "kode_unit", "email");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final OrganisationRepository repository;
  private final IdentityMirror identity;

  public EmployeeImport(OrganisationRepository repository, IdentityMirror identity) {
    this.repository = repository;
    this.identity = identity;
  }

  @Transactional
  public ImportResult importCsv(String content) {
    List<CsvRow> rows = CsvFile.read(content, COLUMNS);
    Set<String> units = repository.units().stream().map(Unit::code).collect(Collectors.toSet());
    Set<String> positions = repository.positions().stream().map(Position::code).collect(Collectors.toSet());
    List<ImportProblem> problems = new ArrayList<>();
    List<Employee> employees = new ArrayList<>();
    Map<String, Long> lineOf = new HashMap<>();
    for (CsvRow row : rows) {
      Map<String, String> rowProblems = new LinkedHashMap<>();
      Employee employee = employee(row, units, positions, rowProblems);
      if (employee != null && lineOf.containsKey(employee.nip())) {
        rowProblems.put("nip", "NIP " + employee.nip() + " ganda (juga di baris " + lineOf.get(employee.nip()) + ")");
      }
      if (rowProblems.isEmpty()) {
        employees.add(employee);
        lineOf.put(employee.nip(), row.line());
      } else {
        problems.add(new ImportProblem(row.line(), String.join(", ", rowProblems.keySet()),
            String.join("; ", rowProblems.values())));
      }
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(problems);
    }
    int created = 0;
    for (Employee employee : employees) {
      if (repository.employee(employee.nip()).isEmpty()) {
        created++;
      }
      repository.saveEmployee(employee);
      identity.mirrorEmployee(employee);
    }
    return new ImportResult(rows.size(), created, rows.size() - created);
  }

  private static Employee employee(CsvRow row, Set<String> units, Set<String> positions,
      Map<String, String> problems) {
    String nip = row.get("nip");
    String name = row.get("nama");
    String grade = row.get("golongan");
    String position = row.get("kode_jabatan");
    String unit = row.get("kode_unit");
    String email = row.get("email");
    EmploymentType type = parseType(row.get("jenis_asn"));
    Boolean active = parseActive(row.get("aktif"));
    if (type == null) {
      problems.put("jenis_asn", "jenis_asn harus PNS, PPPK atau PEJABAT_NEGARA");
    } else {
      Nip.problem(nip, type).ifPresent(p -> problems.put("nip", p));
      RankGrade.problem(grade, type).ifPresent(p -> problems.put("golongan", p));
    }
    if (name == null) {
      problems.put("nama", "nama wajib diisi");
    }
    if (position == null || !positions.contains(position)) {
      problems.put("kode_jabatan", "kode_jabatan '" + Optional.ofNullable(position).orElse("") + "' tidak ditemukan");
    }
    if (unit == null || !units.contains(unit)) {
      problems.put("kode_unit", "kode_unit '" + Optional.ofNullable(unit).orElse("") + "' tidak ditemukan");
    }
    if (email != null && !EMAIL.matcher(email).matches()) {
      problems.put("email", "email '" + email + "' tidak valid");
    }
    if (active == null) {
      problems.put("aktif", "aktif harus ya atau tidak");
    }
    return problems.isEmpty() ? new Employee(nip, name, grade, type, position, unit, email, active) : null;
  }

  private static EmploymentType parseType(String value) {
    if (value == null) {
      return null;
    }
    try {
      return EmploymentType.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Boolean parseActive(String value) {
    if (value == null) {
      return true;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "ya", "y", "true", "1", "aktif" -> true;
      case "tidak", "t", "false", "0", "nonaktif" -> false;
      default -> null;
    };
  }
}
