package id.kinerja.process;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Today as the engine's timers see it. Checks that compare a request with the calendar (which
 * evaluation period is running) read this clock, so a moved engine clock moves them with the timers.
 */
public final class EngineClock {

  private EngineClock() {}

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
