package id.kinerja.bottleneck.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "Hambatan penilaian": the bottleneck figures on the Cockpit dashboard. Server
 * part {@link BottleneckPluginRootResource}; client part plugin-webapp/kinerja-bottleneck/app/plugin.js.
 */
public class BottleneckCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "kinerja-bottleneck";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(BottleneckPluginRootResource.class);
  }
}
