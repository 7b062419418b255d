package id.kinerja.standing;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The Tasklist plugin "Penilaian Saya": a link in Tasklist's navbar to the page, and for HR one to
 * Pengelolaan Kinerja: plugin-webapp/kinerja-penilaian-saya/app/plugin.js, served by
 * {@link StandingTasklistPluginRootResource}.
 */
public class StandingTasklistPlugin extends AbstractTasklistPlugin {

  public static final String ID = "kinerja-penilaian-saya";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(StandingTasklistPluginRootResource.class);
  }
}
