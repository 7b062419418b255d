package id.kinerja.period;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import id.kinerja.organisation.Employee;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.Position;
import id.kinerja.organisation.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which units carry an organisation predicate (SE MenPANRB 3/2023), HR's setting per year; when
 * nothing is set, the units directly under the top unit. Each counts with all its subunits: an
 * employee belongs to the nearest such unit above (or at) their own, whose curve and calibration
 * they are in, unless they hold its head post, whose results rating follows from the predicate.
 */
@Service
public class PredicateUnits {

  /** A setting as HR reads it: the units, and whether they are the default. */
  public record Setting(int year, List<Unit> units, boolean isDefault) {}

  private final PredicateUnitRepository repository;
  private final OrganisationRepository organisation;
  private final AuditTrail audit;

  PredicateUnits(PredicateUnitRepository repository, OrganisationRepository organisation, AuditTrail audit) {
    this.repository = repository;
    this.organisation = organisation;
    this.audit = audit;
  }

  public Setting setting(int year) {
    List<String> stored = repository.units(year);
    Map<String, Unit> units = byCode();
    List<String> codes = stored.isEmpty() ? defaults(units) : stored;
    return new Setting(year, codes.stream().map(units::get).toList(), stored.isEmpty());
  }

  /** HR's list; refused when a unit is unknown, listed twice or inside another listed one, or final ratings have begun. */
  @Transactional
  public Setting save(int year, List<String> codes, String user) {
    Map<String, Unit> units = byCode();
    List<String> problems = new ArrayList<>();
    if (codes == null || codes.isEmpty()) {
      problems.add("paling sedikit satu unit");
    } else {
      Set<String> seen = new HashSet<>();
      for (String code : codes) {
        if (!units.containsKey(code)) {
          problems.add("unit '" + code + "' tidak ditemukan");
        } else if (!seen.add(code)) {
          problems.add("unit " + code + " disebut dua kali");
        }
      }
      for (String code : seen) {
        ancestors(code, units).stream().skip(1).filter(seen::contains).findFirst().ifPresent(above -> problems.add(
            "unit " + code + " berada di dalam unit " + above + "; subunit sudah dihitung bersama unit induknya"));
      }
    }
    int rated = repository.finalRatings(year);
    if (rated > 0) {
      // Who is a head and which curve counts whom must not change under ratings already given.
      problems.add("penilaian akhir tahun " + year + " sudah dimulai (" + rated + " pegawai dinilai)");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Unit berpredikat organisasi ditolak: " + String.join("; ", problems));
    }
    List<String> sorted = codes.stream().sorted().distinct().toList();
    repository.replace(year, sorted, user);
    audit.record(AuditTrail.Event.of(AuditAction.PENGATURAN_PERIODE, "unit berpredikat " + year, Map.of("unit", sorted)));
    return setting(year);
  }

  /** The unit carrying the predicate that an employee of {@code unitCode} is counted in, if any. */
  public Optional<String> of(String unitCode, int year) {
    Map<String, Unit> units = byCode();
    Set<String> chosen = new HashSet<>(codes(year, units));
    return ancestors(unitCode, units).stream().filter(chosen::contains).findFirst();
  }

  /** For every unit counted in a unit carrying a predicate this year, that unit. */
  public Map<String, String> assignment(int year) {
    Map<String, Unit> units = byCode();
    Set<String> chosen = new HashSet<>(codes(year, units));
    Map<String, String> found = new HashMap<>();
    for (String code : units.keySet()) {
      ancestors(code, units).stream().filter(chosen::contains).findFirst().ifPresent(unit -> found.put(code, unit));
    }
    return found;
  }

  /** The unit and all its subunits. */
  public List<String> subtree(String unitCode) {
    Map<String, List<String>> children = organisation.units().stream().filter(u -> u.parentCode() != null)
        .collect(Collectors.groupingBy(Unit::parentCode, Collectors.mapping(Unit::code, Collectors.toList())));
    Set<String> found = new LinkedHashSet<>(List.of(unitCode));
    List<String> queue = new ArrayList<>(found);
    while (!queue.isEmpty()) {
      for (String child : children.getOrDefault(queue.remove(0), List.of())) {
        if (found.add(child)) {
          queue.add(child);
        }
      }
    }
    return List.copyOf(found);
  }

  /** The head post of a unit carrying a predicate: the one in the unit that reports outside it. */
  public Optional<String> headPost(String predicateUnit) {
    return organisation.headPost(predicateUnit).map(Position::code);
  }

  /** What a unit's calibration counts: the unit with its subunits, without the holders of its head post. */
  public CalibrationRepository.Scope scope(String predicateUnit) {
    return new CalibrationRepository.Scope(predicateUnit, subtree(predicateUnit), headPost(predicateUnit).orElse(""));
  }

  /** The predicate unit whose head the employee is (by their own post), if they are one. */
  public Optional<String> headedBy(Employee employee, int year) {
    return of(employee.unitCode(), year).filter(unit -> headPost(unit).filter(employee.positionCode()::equals).isPresent());
  }

  private List<String> codes(int year, Map<String, Unit> units) {
    List<String> stored = repository.units(year);
    return stored.isEmpty() ? defaults(units) : stored;
  }

  /** The units directly under the top unit; a tree of one unit has only that one. */
  private static List<String> defaults(Map<String, Unit> units) {
    Set<String> tops = units.values().stream().filter(u -> u.parentCode() == null).map(Unit::code).collect(Collectors.toSet());
    List<String> under = units.values().stream().filter(u -> tops.contains(u.parentCode())).map(Unit::code).sorted().toList();
    return under.isEmpty() ? tops.stream().sorted().toList() : under;
  }

  /** The unit itself first, then each unit above it up to the top. */
  private static List<String> ancestors(String unitCode, Map<String, Unit> units) {
    List<String> chain = new ArrayList<>();
    for (Unit u = units.get(unitCode); u != null && !chain.contains(u.code()); u = units.get(u.parentCode())) {
      chain.add(u.code());
    }
    return chain;
  }

  private Map<String, Unit> byCode() {
    return organisation.units().stream().collect(Collectors.toMap(Unit::code, Function.identity()));
  }
}
