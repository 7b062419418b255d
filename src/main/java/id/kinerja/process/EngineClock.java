package id.kinerja.process;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Today as the engine's timers see it. Every date the domain reads or records (who holds a post on
 * the day, deadlines, when an SKP was approved or a rating given) comes from this clock, so a moved
 * engine clock (tests, the demo clock) moves them with the timers. The audit trail keeps real time.
 */
public final class EngineClock {

  private EngineClock() {}

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }

  /** Now, for the domain's own timestamps (recorded_at, approved_at, ...). */
  public static Timestamp now() {
    return new Timestamp(ClockUtil.getCurrentTime().getTime());
  }
}
