package id.kinerja.period;

import id.kinerja.process.EngineClock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** HR's list of the units that carry an organisation predicate in a year. */
@Repository
public class PredicateUnitRepository {

  private final JdbcClient jdbc;

  PredicateUnitRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<String> units(int year) {
    return jdbc.sql("select unit_code from kinerja.predicate_unit where period_year = ? order by unit_code")
        .param(year).query(String.class).list();
  }

  /** Appraisals of the year whose final rating was given. */
  public int finalRatings(int year) {
    return jdbc.sql("select count(*) from kinerja.final_rating f join kinerja.appraisal a on a.id = f.appraisal_id"
            + " where a.period_year = ? and f.rated_at is not null")
        .param(year).query(Integer.class).single();
  }

  public void replace(int year, List<String> units, String setBy) {
    jdbc.sql("delete from kinerja.predicate_unit where period_year = ?").param(year).update();
    for (String unit : units) {
      jdbc.sql("insert into kinerja.predicate_unit (period_year, unit_code, set_by, set_at) values (?, ?, ?, ?)")
          .params(year, unit, setBy, EngineClock.now()).update();
    }
  }
}
