package id.kinerja.document;

import id.kinerja.bench.OrganisationGenerator;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A unit of generated people straight into the tables, each with an appraisal of the year whose
 * SKP the unit head has set (status DISETUJUI, one RHK, one expectation): its own top unit, the
 * unit with a head, and subunits of staff reporting to the head.
 */
public record GeneratedUnit(String code, String head, List<String> people) {

  /** {@code size} people, the head included, in {@code subunits} subunits; {@code serial} keeps NIPs apart between units. */
  public static GeneratedUnit create(JdbcTemplate jdbc, String code, int size, int subunits, int year, int serial) {
    jdbc.update("insert into kinerja.org_unit (code, name, parent_code) values (?, ?, null)", code + "-TOP",
        "Pemerintah Uji " + code);
    jdbc.update("insert into kinerja.org_unit (code, name, parent_code) values (?, ?, ?)", code, "Dinas Uji " + code, code + "-TOP");
    jdbc.update("insert into kinerja.org_position (code, title, unit_code, reports_to_code) values (?, ?, ?, null)",
        code + "-KEP", "Kepala Dinas Uji", code);
    List<Object[]> units = new ArrayList<>();
    List<Object[]> posts = new ArrayList<>();
    for (int s = 1; s <= subunits; s++) {
      units.add(new Object[] {code + "-S" + s, "Seksi " + s + " " + code, code});
      posts.add(new Object[] {code + "-S" + s + "-STAF", "Pelaksana Seksi " + s, code + "-S" + s, code + "-KEP"});
    }
    jdbc.batchUpdate("insert into kinerja.org_unit (code, name, parent_code) values (?, ?, ?)", units);
    jdbc.batchUpdate("insert into kinerja.org_position (code, title, unit_code, reports_to_code) values (?, ?, ?, ?)", posts);
    List<Object[]> employees = new ArrayList<>();
    List<String> people = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String nip = OrganisationGenerator.uniqueNip(serial + i);
      String unit = i == 0 ? code : code + "-S" + (1 + i % subunits);
      employees.add(new Object[] {nip, String.format("Pegawai Uji %s %04d", code, i), i == 0 ? code + "-KEP" : unit + "-STAF", unit});
      people.add(nip);
    }
    jdbc.batchUpdate("insert into kinerja.employee (nip, name, rank_grade, employment_type, position_code, unit_code, email, active)"
        + " values (?, ?, 'III/a', 'PNS', ?, ?, null, true)", employees);
    Timestamp approved = Timestamp.valueOf(LocalDateTime.of(year, 1, 20, 9, 0));
    List<Object[]> appraisals = people.stream().map(nip -> new Object[] {nip, year}).toList();
    jdbc.batchUpdate("insert into kinerja.appraisal (nip, period_year, status) values (?, ?, 'PEMANTAUAN')", appraisals);
    String ofUnit = " from kinerja.appraisal a join kinerja.employee e on e.nip = a.nip where a.period_year = ? and e.nip in"
        + " (select nip from kinerja.employee where unit_code = ? or unit_code like ?)";
    jdbc.update("insert into kinerja.performance_plan (appraisal_id, status, round, submitted_at, approved_at, approved_by)"
        + " select a.id, 'DISETUJUI', 1, ?, ?, ?" + ofUnit, approved, approved, people.get(0), year, code, code + "-S%");
    jdbc.update("insert into kinerja.planned_result (appraisal_id, seq, kind, description, quantity_indicator, quantity_target,"
        + " quantity_unit, quality_indicator, quality_target, time_indicator, time_target)"
        + " select a.id, 1, 'UTAMA', 'Terselenggaranya layanan administrasi ' || e.name, 'Jumlah layanan', 120, 'layanan',"
        + " 'Persentase layanan sesuai standar', 95, 'Waktu penyelesaian', 12" + ofUnit, year, code, code + "-S%");
    jdbc.update("insert into kinerja.behaviour_expectation (appraisal_id, value_code, expectation)"
        + " select a.id, 'BERORIENTASI_PELAYANAN', 'Melayani dengan ramah dan tepat waktu'" + ofUnit, year, code, code + "-S%");
    return new GeneratedUnit(code, people.get(0), people);
  }
}
