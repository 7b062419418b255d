package id.kinerja.standing;

import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The Tasklist plugin "Penilaian Saya": a link in Tasklist's navbar to the page, and for HR one to
 * Pengelolaan Kinerja. Client part only: plugin-webapp/kinerja-penilaian-saya/app/plugin.js.
 */
public class StandingTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "kinerja-penilaian-saya";

  @Override
  public String getId() {
    return ID;
  }
}
