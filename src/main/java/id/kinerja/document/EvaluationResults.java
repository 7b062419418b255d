package id.kinerja.document;

import id.kinerja.appraisal.EvaluationFrequency;
import id.kinerja.monitoring.EvaluationCalendar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Hasil Kerja of an evaluation: per RHK its three aspects with IKI, target and realisation,
 * the evidence and the rater's feedback; for a period that period's realisation, for the year
 * each RHK's last reported period and the self-assessment's final realisation.
 */
@Component
class EvaluationResults {

  /** An RHK with what was realised: the period's row, or for the year the last period's and the self-assessment. */
  private record Result(int seq, String kind, String description, String quantityIndicator, BigDecimal quantityTarget,
      String quantityUnit, String qualityIndicator, BigDecimal qualityTarget, String timeIndicator, int timeTarget,
      Integer quarter, BigDecimal quantity, BigDecimal quality, BigDecimal timeMonths, String evidenceUrl, String note,
      String feedback, String achievement, String finalEvidenceUrl) {}

  private static final String RESULTS = "select r.seq, r.kind, r.description, r.quantity_indicator, r.quantity_target,"
      + " r.quantity_unit, r.quality_indicator, r.quality_target, r.time_indicator, r.time_target, z.quarter, z.quantity,"
      + " z.quality, z.time_months, z.evidence_url, z.note, z.feedback, s.achievement, s.evidence_url as final_evidence_url"
      + " from kinerja.planned_result r"
      + " left join kinerja.realisation z on z.appraisal_id = r.appraisal_id and z.result_id = r.id and z.quarter = %s"
      + " left join kinerja.self_assessment s on s.appraisal_id = r.appraisal_id and s.result_id = r.id and %s"
      + " where r.appraisal_id = :id order by case r.kind when 'UTAMA' then 0 else 1 end, r.seq";

  private final JdbcClient jdbc;

  EvaluationResults(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** {@code hasilKerjaUtama} and {@code hasilKerjaTambahan} of one period. */
  Map<String, Object> ofPeriod(long appraisalId, int quarter) {
    return ofPeriod(appraisalId, quarter, false);
  }

  /** The same, with the employee's own RHK numbers (one list over both kinds) instead of the document's per kind. */
  Map<String, Object> ofPeriod(long appraisalId, int quarter, boolean employeesNumbers) {
    return byKind(jdbc.sql(String.format(RESULTS, ":quarter", "1 = 0")).param("id", appraisalId).param("quarter", quarter)
        .query(Result.class).list(), null, employeesNumbers);
  }

  /** The same for the year: each RHK as its last reported period left it, with the final realisation. */
  Map<String, Object> ofYear(long appraisalId, EvaluationFrequency frequency) {
    return byKind(jdbc.sql(String.format(RESULTS, "(select max(x.quarter) from kinerja.realisation x"
            + " where x.appraisal_id = r.appraisal_id and x.result_id = r.id)", "1 = 1"))
        .param("id", appraisalId).query(Result.class).list(), frequency, false);
  }

  private static Map<String, Object> byKind(List<Result> results, EvaluationFrequency annual, boolean employeesNumbers) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("hasilKerjaUtama", rows(results, "UTAMA", annual, employeesNumbers));
    values.put("hasilKerjaTambahan", rows(results, "TAMBAHAN", annual, employeesNumbers));
    return values;
  }

  /** The RHK of one kind; for the year ({@code annual} the year's frequency, else null) each says which period it shows. */
  private static List<Map<String, Object>> rows(List<Result> results, String kind, EvaluationFrequency annual,
      boolean employeesNumbers) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Result r : results.stream().filter(r -> r.kind().equals(kind)).toList()) {
      boolean reported = r.quarter() != null;
      String period = reported && annual != null ? periodLabel(r.quarter(), annual) : "";
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("nomor", employeesNumbers ? r.seq() : rows.size() + 1);
      row.put("rhk", r.description());
      row.put("aspek", List.of(
          aspect("Kuantitas", r.quantityIndicator(), Print.number(r.quantityTarget()) + " " + r.quantityUnit(),
              reported ? Print.number(r.quantity()) + " " + r.quantityUnit() : "-"),
          aspect("Kualitas", r.qualityIndicator(), Print.number(r.qualityTarget()) + "%",
              reported ? Print.number(r.quality()) + "%" : "-"),
          aspect("Waktu", r.timeIndicator(), r.timeTarget() + " bulan",
              reported ? Print.number(r.timeMonths()) + " bulan" : "-")));
      List<String> realised = new ArrayList<>();
      if (annual != null && r.achievement() != null) {
        realised.add("Realisasi akhir: " + r.achievement());
        realised.add("Bukti dukung: " + r.finalEvidenceUrl());
      }
      if (reported) {
        realised.add((annual != null ? "Bukti dukung " + period + ": " : "Bukti dukung: ") + r.evidenceUrl());
        if (r.note() != null && !r.note().isBlank()) {
          realised.add("Catatan pegawai: " + r.note());
        }
      } else {
        realised.add("Realisasi belum dilaporkan.");
      }
      row.put("bukti", realised);
      row.put("umpanBalik", r.feedback() == null ? "-" : annual != null ? period + ": " + r.feedback() : r.feedback());
      rows.add(row);
    }
    return rows;
  }

  private static Map<String, Object> aspect(String name, String indicator, String target, String realisation) {
    Map<String, Object> aspect = new LinkedHashMap<>();
    aspect.put("aspek", name);
    aspect.put("iki", indicator);
    aspect.put("target", target);
    aspect.put("realisasi", realisation);
    return aspect;
  }

  /** How often the year is evaluated (its setting), quarterly unless set otherwise. */
  EvaluationFrequency frequency(int year) {
    return jdbc.sql("select evaluation_frequency from kinerja.appraisal_period where period_year = ?").param(year)
        .query(String.class).optional().map(EvaluationFrequency::valueOf).orElse(EvaluationFrequency.QUARTERLY);
  }

  /** "TW IV"; a number beyond the year's periods (the setting changed under it) as "periode n". */
  static String periodLabel(int number, EvaluationFrequency frequency) {
    // The label of a period does not depend on the year.
    return number <= frequency.periods() ? EvaluationCalendar.period(2000, frequency, number).label() : "periode " + number;
  }
}
