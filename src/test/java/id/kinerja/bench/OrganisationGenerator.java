package id.kinerja.bench;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates a kota-sized organisation straight into the directory tables: the Walikota at the top,
 * the Sekretaris Daerah, OPD heads (dinas, badan, kecamatan), their bidang heads, seksi heads and
 * staff, with valid NIPs. Spans follow a regional government: tens of OPD, 5-6 bidang each, 3-4 seksi per bidang.
 */
public final class OrganisationGenerator {

  public record Generated(int employees, List<String> sectionHeads, List<String> staff) {}

  private OrganisationGenerator() {}

  public static Generated generate(JdbcTemplate jdbc, int size) {
    int opds = Math.max(10, size / 600);
    int fields = size >= 30_000 ? 6 : 5;
    int sections = size >= 30_000 ? 4 : 3;
    int leaders = 1 + opds * (1 + fields * (1 + sections));
    int staffPerSection = Math.max(1, (size - leaders) / (opds * fields * sections));

    List<Object[]> units = new ArrayList<>();
    List<Object[]> posts = new ArrayList<>();
    List<Object[]> employees = new ArrayList<>();
    List<String> sectionHeads = new ArrayList<>();
    List<String> staff = new ArrayList<>();
    int[] serial = {0};
    units.add(new Object[] {"B-KOTA", "Pemerintah Kota (benchmark)", null});
    posts.add(new Object[] {"B-KDH", "Walikota (benchmark)", "B-KOTA", null});
    posts.add(new Object[] {"B-SEKDA", "Sekretaris Daerah", "B-KOTA", "B-KDH"});
    employees.add(employee(serial, "B-SEKDA", "B-KOTA"));
    for (int o = 1; o <= opds; o++) {
      String opd = "B-OPD" + o;
      units.add(new Object[] {opd, "OPD " + o, "B-KOTA"});
      posts.add(new Object[] {opd + "-KEP", "Kepala OPD " + o, opd, "B-SEKDA"});
      employees.add(employee(serial, opd + "-KEP", opd));
      for (int f = 1; f <= fields; f++) {
        String field = opd + "-B" + f;
        units.add(new Object[] {field, "Bidang " + f + " OPD " + o, opd});
        posts.add(new Object[] {field + "-KEP", "Kepala Bidang " + f, field, opd + "-KEP"});
        employees.add(employee(serial, field + "-KEP", field));
        for (int s = 1; s <= sections; s++) {
          String section = field + "-S" + s;
          units.add(new Object[] {section, "Seksi " + s + " Bidang " + f + " OPD " + o, field});
          posts.add(new Object[] {section + "-KEP", "Kepala Seksi " + s, section, field + "-KEP"});
          posts.add(new Object[] {section + "-STAF", "Pelaksana Seksi " + s, section, section + "-KEP"});
          Object[] head = employee(serial, section + "-KEP", section);
          employees.add(head);
          sectionHeads.add((String) head[0]);
          for (int p = 0; p < staffPerSection; p++) {
            Object[] member = employee(serial, section + "-STAF", section);
            employees.add(member);
            staff.add((String) member[0]);
          }
        }
      }
    }
    jdbc.batchUpdate("insert into kinerja.org_unit (code, name, parent_code) values (?, ?, ?)", units);
    jdbc.batchUpdate("insert into kinerja.org_position (code, title, unit_code, reports_to_code) values (?, ?, ?, ?)", posts);
    jdbc.batchUpdate("insert into kinerja.employee (nip, name, rank_grade, employment_type, position_code, unit_code, email, active)"
        + " values (?, ?, 'III/a', 'PNS', ?, ?, null, true)", employees);
    jdbc.update("insert into kinerja.employee (nip, name, rank_grade, employment_type, position_code, unit_code, email, active)"
        + " values ('bench.kdh', 'Walikota (benchmark)', null, 'PEJABAT_NEGARA', 'B-KDH', 'B-KOTA', null, true)");
    return new Generated(employees.size(), sectionHeads, staff);
  }

  /** A valid PNS NIP: birth date, appointment month after it, gender digit, serial. */
  private static Object[] employee(int[] serial, String position, String unit) {
    int n = ++serial[0];
    return new Object[] {uniqueNip(n), "Pegawai " + n, position, unit};
  }

  /** Birth 1960-1994, appointment 2010-2023, gender 1/2; unique for n below 12 million. */
  public static String uniqueNip(int n) {
    int serial = n % 1000;
    int rest = n / 1000;
    int day = 1 + rest % 28;
    rest /= 28;
    int month = 1 + rest % 12;
    rest /= 12;
    int birthYear = 1960 + rest % 35;
    int appointmentMonth = 1 + (n / 7) % 12;
    int appointmentYear = 2010 + (n / 13) % 14;
    return String.format("%04d%02d%02d%04d%02d%d%03d", birthYear, month, day, appointmentYear, appointmentMonth,
        1 + (n / 3) % 2, serial);
  }
}
