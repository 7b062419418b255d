package id.kinerja.document;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Cockpit plugin "Dokumen resmi unit": HR prepares a unit's documents for a year as one ZIP,
 * with its progress, on the Cockpit dashboard. Server part {@link DocumentPluginRootResource};
 * client part plugin-webapp/kinerja-dokumen/app/plugin.js.
 */
public class DocumentCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "kinerja-dokumen";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(DocumentPluginRootResource.class);
  }
}
