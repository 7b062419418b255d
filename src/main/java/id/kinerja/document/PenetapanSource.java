package id.kinerja.document;

import id.kinerja.assessment.Predicate;
import id.kinerja.assessment.Rating;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.Position;
import id.kinerja.organisation.Unit;
import id.kinerja.period.CalibrationRepository;
import id.kinerja.period.CurveBounds;
import id.kinerja.period.DistributionCurve;
import id.kinerja.period.PredicateUnits;
import id.kinerja.period.UnitCalibration;
import id.kinerja.period.UnitPredicates;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The Penetapan Predikat Kinerja of a unit carrying an organisation predicate, once its calibration
 * released the results: the predicate and who set it, the count and share of each employee
 * predicate (subunits counted, the head not) against the curve's bounds, whether the curve held or
 * the deviation was accepted and why, the calibration changes, and the record from the audit trail.
 */
@Component
class PenetapanSource implements DocumentSource {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

  private final UnitRecord record;
  private final RecordReader reader;
  private final OrganisationRepository organisation;
  private final PredicateUnits predicateUnits;
  private final CalibrationRepository calibration;
  private final CurveBounds curve;

  PenetapanSource(UnitRecord record, RecordReader reader, OrganisationRepository organisation, PredicateUnits predicateUnits,
      CalibrationRepository calibration, CurveBounds curve) {
    this.record = record;
    this.reader = reader;
    this.organisation = organisation;
    this.predicateUnits = predicateUnits;
    this.calibration = calibration;
    this.curve = curve;
  }

  @Override
  public DocumentKind kind() {
    return DocumentKind.PENETAPAN_PREDIKAT;
  }

  @Override
  public Optional<DocumentContent> content(DocumentRef ref) {
    Optional<UnitRecord.Release> release = record.release(ref.unitCode(), ref.year());
    Optional<UnitRecord.UnitPredicate> predicate = record.predicate(ref.unitCode(), ref.year());
    Optional<Unit> unit = organisation.unit(ref.unitCode());
    if (release.isEmpty() || predicate.isEmpty() || unit.isEmpty()) {
      return Optional.empty();
    }
    CalibrationRepository.Scope scope = predicateUnits.scope(unit.get().code());
    List<CalibrationRepository.UnitResult> results = calibration.results(scope, ref.year());
    Map<String, Integer> counts = new TreeMap<>();
    results.forEach(r -> counts.merge(r.predicate(), 1, Integer::sum));
    int total = results.size();
    boolean hasCurve = total >= UnitCalibration.CURVE_MINIMUM;
    List<DistributionCurve.Bound> bounds = hasCurve ? curve.forOrganisationPredicate(predicate.get().predicate()) : List.of();
    Set<DistributionCurve.Bound> broken = DistributionCurve.violations(counts, bounds).stream()
        .map(DistributionCurve.Violation::bound).collect(Collectors.toSet());
    Optional<UnitRecord.Event> deviation = record.acceptedDeviation(release.get().processInstanceId());

    Map<String, Object> values = new LinkedHashMap<>();
    values.put("instansi", reader.instanceOfUnit(unit.get().code()));
    values.put("tahun", ref.year());
    values.put("periode", RecordReader.periodOfYear(ref.year()));
    values.put("unit", unitValues(unit.get(), scope));
    values.put("predikatOrganisasi", UnitPredicates.label(predicate.get().predicate()));
    values.put("penetap", reader.person(predicate.get().setBy()));
    values.put("tanggalPredikat", Print.dateTime(predicate.get().setAt()));
    values.put("jumlahPegawai", total);
    values.put("sebaran", distribution(counts, total));
    values.put("batas", bounds.stream().map(bound -> boundRow(bound, counts, total, broken.contains(bound))).toList());
    values.put("kesimpulanKurva", conclusion(total, predicate.get().predicate(), broken, deviation));
    List<UnitRecord.Change> changes = record.changes(unit.get().code(), ref.year());
    values.put("jumlahPerubahan", changes.size());
    values.put("perubahan", changeRows(changes));
    values.put("tempatTanggal", reader.placeAndDate(release.get().releasedAt()));
    values.put("jejak", trail(unit.get().code(), ref.year(), predicate.get(), release.get(), deviation));
    return Optional.of(new DocumentContent(unit.get().name(), unit.get().code(), values));
  }

  private Map<String, Object> unitValues(Unit unit, CalibrationRepository.Scope scope) {
    List<String> subunits = scope.units().stream().filter(code -> !code.equals(unit.code()))
        .map(code -> organisation.unit(code).map(Unit::name).orElse(code)).toList();
    String head = organisation.headPost(unit.code()).map(Position::title).orElse("kepala unit");
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("nama", unit.name());
    values.put("kode", unit.code());
    values.put("cakupan", (subunits.isEmpty() ? "Unit ini tanpa subunit" : "Unit ini beserta " + subunits.size()
        + " subunitnya (" + String.join(", ", subunits) + ")") + "; kepala unit (" + head
        + ") tidak dihitung karena rating hasil kerjanya mengikuti predikat organisasi.");
    return values;
  }

  private static List<Map<String, Object>> distribution(Map<String, Integer> counts, int total) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Predicate p : Predicate.values()) {
      int count = counts.getOrDefault(p.name(), 0);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("predikat", p.label());
      row.put("jumlah", count);
      row.put("persen", percent(count, total));
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> boundRow(DistributionCurve.Bound bound, Map<String, Integer> counts, int total,
      boolean broken) {
    int count = bound.predicates().stream().mapToInt(p -> counts.getOrDefault(p, 0)).sum();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("batas", capitalised(bound.describe(Predicate::labelOf)));
    row.put("jumlah", count);
    row.put("persen", percent(count, total));
    row.put("status", broken ? "Tidak terpenuhi" : "Terpenuhi");
    return row;
  }

  private static String conclusion(int total, String predicate, Set<DistributionCurve.Bound> broken,
      Optional<UnitRecord.Event> deviation) {
    if (total < UnitCalibration.CURVE_MINIMUM) {
      return "Unit ini menghitung " + total + " pegawai; kurva distribusi berlaku mulai " + UnitCalibration.CURVE_MINIMUM
          + " pegawai, sehingga unit ini tidak memiliki kurva distribusi sendiri.";
    }
    if (broken.isEmpty()) {
      return "Sebaran predikat pegawai memenuhi kurva distribusi predikat organisasi " + UnitPredicates.label(predicate) + ".";
    }
    return deviation.flatMap(UnitRecord::deviationReason)
        .map(reason -> "Sebaran predikat pegawai menyimpang dari kurva distribusi; penyimpangan diterima oleh kepala unit"
            + " dengan alasan: " + reason)
        .orElse("Sebaran predikat pegawai tidak memenuhi kurva distribusi setelah hasil dilepas (misalnya karena keputusan"
            + " keberatan); tidak tercatat penerimaan penyimpangan.");
  }

  private List<Map<String, Object>> changeRows(List<UnitRecord.Change> changes) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (UnitRecord.Change c : changes) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nomor", rows.size() + 1);
      row.put("nip", c.nip());
      row.put("nama", c.name());
      row.put("sebelum", result(c.predicateBefore(), c.resultsBefore(), c.behaviourBefore()));
      row.put("sesudah", result(c.predicateAfter(), c.resultsAfter(), c.behaviourAfter()));
      row.put("alasan", c.reason());
      rows.add(row);
    }
    return rows;
  }

  private List<Map<String, Object>> trail(String unitCode, int year, UnitRecord.UnitPredicate predicate,
      UnitRecord.Release release, Optional<UnitRecord.Event> deviation) {
    List<Map<String, Object>> rows = new ArrayList<>();
    Optional<UnitRecord.Event> set = record.predicateSet(unitCode, year);
    rows.add(step("Predikat organisasi ditetapkan", set.map(UnitRecord.Event::actor).orElse(predicate.setBy()),
        set.map(UnitRecord.Event::occurredAt).orElse(predicate.setAt())));
    List<UnitRecord.Event> rounds = record.calibrations(release.processInstanceId());
    for (int i = 0; i < rounds.size(); i++) {
      rows.add(step("Kalibrasi oleh kepala unit" + (rounds.size() > 1 ? " (putaran " + (i + 1) + ")" : ""),
          rounds.get(i).actor(), rounds.get(i).occurredAt()));
    }
    deviation.ifPresent(event -> rows.add(step("Penyimpangan kurva diterima", event.actor(), event.occurredAt())));
    Map<String, Object> released = step("Hasil unit dilepas kepada pegawai", null, release.releasedAt());
    released.put("nama", "Sistem (proses kalibrasi)");
    released.put("nip", "-");
    rows.add(released);
    return rows;
  }

  private Map<String, Object> step(String action, String actor, Timestamp at) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("tindakan", action);
    Map<String, Object> person = reader.signed(actor, at);
    row.put("nama", person.get("nama"));
    row.put("nip", person.get("nip"));
    row.put("waktu", person.get("waktu"));
    return row;
  }

  private static String result(String predicate, String results, String behaviour) {
    return Predicate.labelOf(predicate) + " (hasil kerja " + ratingLabel(results) + ", perilaku kerja " + ratingLabel(behaviour)
        + ")";
  }

  private static String ratingLabel(String rating) {
    try {
      return Rating.valueOf(rating).label().toLowerCase(INDONESIAN);
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return Print.text(rating);
    }
  }

  private static String percent(int count, int total) {
    return String.format(INDONESIAN, "%.1f%%", total == 0 ? 0.0 : 100.0 * count / total);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
