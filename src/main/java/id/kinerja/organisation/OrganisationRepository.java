package id.kinerja.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The organisation directory in the {@code kinerja} schema. */
@Repository
public class OrganisationRepository {

  private static final String EMPLOYEE_COLUMNS =
      "nip, name, rank_grade, employment_type, position_code, unit_code, email, active";

  private final JdbcClient jdbc;

  public OrganisationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Unit> units() {
    return jdbc.sql("select code, name, parent_code from kinerja.org_unit order by code")
        .query(Unit.class).list();
  }

  public Optional<Unit> unit(String code) {
    return jdbc.sql("select code, name, parent_code from kinerja.org_unit where code = ?")
        .param(code).query(Unit.class).optional();
  }

  public List<Position> positions() {
    return jdbc.sql("select code, title, unit_code, reports_to_code from kinerja.org_position order by code")
        .query(Position.class).list();
  }

  public Optional<Position> position(String code) {
    return jdbc.sql("select code, title, unit_code, reports_to_code from kinerja.org_position where code = ?")
        .param(code).query(Position.class).optional();
  }

  /** The post the employee's post reports to (the rater's), in one query; empty at the top. */
  public Optional<String> raterPostCode(String nip) {
    return jdbc.sql("select p.reports_to_code from kinerja.employee e join kinerja.org_position p on p.code = e.position_code"
            + " where e.nip = ? and p.reports_to_code is not null")
        .param(nip).query(String.class).optional();
  }

  /** The post of the unit that reports to a post outside it (or to none, at the top): the unit head's. */
  public Optional<Position> headPost(String unitCode) {
    return jdbc.sql("select p.code, p.title, p.unit_code, p.reports_to_code from kinerja.org_position p"
            + " left join kinerja.org_position up on up.code = p.reports_to_code"
            + " where p.unit_code = ? and (up.code is null or up.unit_code <> p.unit_code) order by p.code fetch first 1 rows only")
        .param(unitCode).query(Position.class).optional();
  }

  public Optional<Employee> employee(String nip) {
    return jdbc.sql("select " + EMPLOYEE_COLUMNS + " from kinerja.employee where nip = ?")
        .param(nip).query(OrganisationRepository::employee).optional();
  }

  /** What forms show of an employee: name, post title and unit name, in one query. */
  public record Profile(String nip, String name, String positionTitle, String unitName, boolean active) {}

  public Optional<Profile> profile(String nip) {
    return jdbc.sql("select e.nip, e.name, p.title as position_title, u.name as unit_name, e.active from kinerja.employee e"
            + " join kinerja.org_position p on p.code = e.position_code join kinerja.org_unit u on u.code = e.unit_code"
            + " where e.nip = ?")
        .param(nip).query(Profile.class).optional();
  }

  public List<Employee> employees(String unitCode, int offset, int limit) {
    return jdbc.sql("select " + EMPLOYEE_COLUMNS + " from kinerja.employee"
            + " where (cast(:unit as varchar) is null or unit_code = :unit)"
            + " order by nip offset :offset rows fetch next :limit rows only")
        .param("unit", unitCode).param("offset", offset).param("limit", limit)
        .query(OrganisationRepository::employee).list();
  }

  public long countEmployees(String unitCode) {
    return jdbc.sql("select count(*) from kinerja.employee"
            + " where (cast(:unit as varchar) is null or unit_code = :unit)")
        .param("unit", unitCode).query(Long.class).single();
  }

  /** The posts the person holds on the date: their own and those they act for (Plt/Plh). */
  public List<String> postsHeldBy(String nip, LocalDate date) {
    return jdbc.sql("select position_code from kinerja.employee where nip = :nip and active"
            + " union select position_code from kinerja.acting_assignment where nip = :nip and start_date <= :d and end_date >= :d")
        .param("nip", nip).param("d", date).query(String.class).list();
  }

  /** The active employees holding any of the posts definitively. */
  public List<Employee> employeesInPosts(java.util.Collection<String> positionCodes) {
    if (positionCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + EMPLOYEE_COLUMNS + " from kinerja.employee where active and position_code in (:posts) order by name")
        .param("posts", positionCodes).query(OrganisationRepository::employee).list();
  }

  public record PostHolder(Employee employee, boolean acting) {}

  /**
   * Candidates to hold a post on a date, in one query: acting holders (Plt/Plh) first, latest start
   * first, then the active definitive holders. {@code %s} selects the post.
   */
  private static final String POST_HOLDERS = "select priority, " + EMPLOYEE_COLUMNS + " from ("
      + " select 0 as priority, a.start_date, a.id as acting_id, h.nip, h.name, h.rank_grade, h.employment_type,"
      + " h.position_code, h.unit_code, h.email, h.active from kinerja.acting_assignment a"
      + " join kinerja.employee h on h.nip = a.nip and h.active"
      + " where a.position_code = (%1$s) and a.start_date <= :d and a.end_date >= :d"
      + " union all select 1, null, null, h.nip, h.name, h.rank_grade, h.employment_type, h.position_code, h.unit_code,"
      + " h.email, h.active from kinerja.employee h where h.position_code = (%1$s) and h.active"
      + ") c order by priority, start_date desc, acting_id desc, nip";

  public List<PostHolder> postHolders(String positionCode, LocalDate date) {
    return holders(String.format(POST_HOLDERS, ":post"), date, "post", positionCode);
  }

  private List<PostHolder> holders(String sql, LocalDate date, String name, String value) {
    return jdbc.sql(sql).param("d", date).param(name, value)
        .query((rs, row) -> new PostHolder(employee(rs, row), rs.getInt("priority") == 0)).list();
  }

  public List<ActingAssignment> actingAssignments(String positionCode, LocalDate date) {
    return jdbc.sql("select id, position_code, nip, kind, start_date, end_date from kinerja.acting_assignment"
            + " where position_code = ? and start_date <= ? and end_date >= ? order by start_date desc, id desc")
        .params(positionCode, date, date).query(ActingAssignment.class).list();
  }

  public List<ActingAssignment> actingAssignments() {
    return jdbc.sql("select id, position_code, nip, kind, start_date, end_date from kinerja.acting_assignment"
            + " order by position_code, start_date")
        .query(ActingAssignment.class).list();
  }

  public void saveUnit(Unit unit) {
    int updated = jdbc.sql("update kinerja.org_unit set name = ?, parent_code = ? where code = ?")
        .params(unit.name(), unit.parentCode(), unit.code()).update();
    if (updated == 0) {
      jdbc.sql("insert into kinerja.org_unit (code, name, parent_code) values (?, ?, ?)")
          .params(unit.code(), unit.name(), unit.parentCode()).update();
    }
  }

  public void savePosition(Position position) {
    int updated = jdbc.sql("update kinerja.org_position set title = ?, unit_code = ?, reports_to_code = ? where code = ?")
        .params(position.title(), position.unitCode(), position.reportsToCode(), position.code()).update();
    if (updated == 0) {
      jdbc.sql("insert into kinerja.org_position (code, title, unit_code, reports_to_code) values (?, ?, ?, ?)")
          .params(position.code(), position.title(), position.unitCode(), position.reportsToCode()).update();
    }
  }

  public void saveEmployee(Employee e) {
    int updated = jdbc.sql("update kinerja.employee set name = ?, rank_grade = ?, employment_type = ?,"
            + " position_code = ?, unit_code = ?, email = ?, active = ? where nip = ?")
        .params(e.name(), e.rankGrade(), e.employmentType().name(), e.positionCode(), e.unitCode(),
            e.email(), e.active(), e.nip())
        .update();
    if (updated == 0) {
      jdbc.sql("insert into kinerja.employee (" + EMPLOYEE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
          .params(e.nip(), e.name(), e.rankGrade(), e.employmentType().name(), e.positionCode(),
              e.unitCode(), e.email(), e.active())
          .update();
    }
  }

  public long saveActingAssignment(ActingAssignment a) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into kinerja.acting_assignment (position_code, nip, kind, start_date, end_date)"
            + " values (?, ?, ?, ?, ?)")
        .params(a.positionCode(), a.nip(), a.kind().name(), a.startDate(), a.endDate())
        .update(key, "id");
    return key.getKey().longValue();
  }

  public boolean deleteActingAssignment(long id) {
    return jdbc.sql("delete from kinerja.acting_assignment where id = ?").param(id).update() > 0;
  }

  private static Employee employee(ResultSet rs, int row) throws SQLException {
    return new Employee(
        rs.getString("nip"),
        rs.getString("name"),
        rs.getString("rank_grade"),
        EmploymentType.valueOf(rs.getString("employment_type")),
        rs.getString("position_code"),
        rs.getString("unit_code"),
        rs.getString("email"),
        rs.getBoolean("active"));
  }
}
