package id.kinerja.standing;

import jakarta.ws.rs.Path;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/** Serves the Tasklist plugin's script and style ({@code /camunda/api/tasklist/plugin/kinerja-penilaian-saya/static/...}). */
@Path("plugin/" + StandingTasklistPlugin.ID)
public class StandingTasklistPluginRootResource extends AbstractTasklistPluginRootResource {

  public StandingTasklistPluginRootResource() {
    super(StandingTasklistPlugin.ID);
  }
}
