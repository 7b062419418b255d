package id.kinerja.load;

import id.kinerja.bench.Machine;
import id.kinerja.bench.OrganisationGenerator;
import id.kinerja.security.Groups;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An organisation for the load test, straight into the directory tables: a head of the top unit,
 * unit heads under them, and staff under each unit head (so many subordinates share one rater),
 * every one a Camunda user with a password in {@code pegawai}; plus the kepala daerah, who rates
 * the top head and has no appraisal, and one HR user.
 */
record LoadOrganisation(String regionHead, String top, List<String> heads, List<String> staff, String hr) {

  static final String HR = "beban-hr";
  static final String REGION_HEAD = "beban.kdh";

  int appraisals() {
    return 1 + heads.size() + staff.size();
  }

  List<String> people() {
    List<String> people = new ArrayList<>();
    people.add(top);
    people.addAll(heads);
    people.addAll(staff);
    return people;
  }

  static LoadOrganisation generate(JdbcTemplate jdbc, IdentityService identity, int heads, int staffPerHead) {
    List<Object[]> units = new ArrayList<>();
    List<Object[]> posts = new ArrayList<>();
    List<Object[]> employees = new ArrayList<>();
    int[] serial = {500_000};
    units.add(new Object[] {"L-TOP", "Sekretariat (uji beban)", null});
    posts.add(new Object[] {"L-KDH", "Kepala Daerah (uji beban)", "L-TOP", null});
    posts.add(new Object[] {"L-TOP-KEP", "Sekretaris", "L-TOP", "L-KDH"});
    String top = employee(employees, serial, "L-TOP-KEP", "L-TOP");
    List<String> headNips = new ArrayList<>();
    List<String> staffNips = new ArrayList<>();
    for (int h = 1; h <= heads; h++) {
      String unit = "L-U" + h;
      units.add(new Object[] {unit, "Unit " + h + " (uji beban)", "L-TOP"});
      posts.add(new Object[] {unit + "-KEP", "Kepala Unit " + h, unit, "L-TOP-KEP"});
      posts.add(new Object[] {unit + "-STAF", "Pelaksana Unit " + h, unit, unit + "-KEP"});
      headNips.add(employee(employees, serial, unit + "-KEP", unit));
      for (int s = 0; s < staffPerHead; s++) {
        staffNips.add(employee(employees, serial, unit + "-STAF", unit));
      }
    }
    jdbc.batchUpdate("insert into kinerja.org_unit (code, name, parent_code) values (?, ?, ?)", units);
    jdbc.batchUpdate("insert into kinerja.org_position (code, title, unit_code, reports_to_code) values (?, ?, ?, ?)", posts);
    jdbc.batchUpdate("insert into kinerja.employee (nip, name, rank_grade, employment_type, position_code, unit_code, email, active)"
        + " values (?, ?, 'III/a', 'PNS', ?, ?, null, true)", employees);
    jdbc.update("insert into kinerja.employee (nip, name, rank_grade, employment_type, position_code, unit_code, email, active)"
        + " values (?, 'Kepala Daerah (uji beban)', null, 'PEJABAT_NEGARA', 'L-KDH', 'L-TOP', null, true)", REGION_HEAD);
    Machine.user(identity, REGION_HEAD, "Kepala Daerah (uji beban)", Groups.PEGAWAI);
    for (Object[] employee : employees) {
      Machine.user(identity, (String) employee[0], (String) employee[1], Groups.PEGAWAI);
    }
    Machine.user(identity, HR, "Pengelola Kinerja (uji beban)", Groups.PENGELOLA_KINERJA);
    return new LoadOrganisation(REGION_HEAD, top, headNips, staffNips, HR);
  }

  private static String employee(List<Object[]> employees, int[] serial, String position, String unit) {
    int n = ++serial[0];
    String nip = OrganisationGenerator.uniqueNip(n);
    employees.add(new Object[] {nip, "Pegawai " + n, position, unit});
    return nip;
  }
}
