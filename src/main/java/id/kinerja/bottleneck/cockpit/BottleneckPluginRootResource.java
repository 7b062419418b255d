package id.kinerja.bottleneck.cockpit;

import id.kinerja.bottleneck.BottleneckQueries;
import id.kinerja.cockpit.CockpitUser;
import id.kinerja.cockpit.SpringBeans;
import id.kinerja.security.Groups;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Serves the bottleneck figures to the Cockpit plugin, to managers (pimpinan) and HR only. */
@Path("plugin/" + BottleneckCockpitPlugin.ID)
public class BottleneckPluginRootResource extends AbstractCockpitPluginRootResource {

  public BottleneckPluginRootResource() {
    super(BottleneckCockpitPlugin.ID);
  }

  @GET
  @Path("{engine}/bottlenecks/{year}")
  @Produces(MediaType.APPLICATION_JSON)
  public BottleneckQueries.Bottlenecks bottlenecks(@PathParam("engine") String engine, @PathParam("year") int year,
      @QueryParam("activity") String activity) {
    CockpitUser.requireGroup(engine, Groups.BOTTLENECK_VIEWERS,
        "Hanya pimpinan dan pengelola kinerja yang dapat melihat hambatan penilaian");
    try {
      return SpringBeans.get(BottleneckQueries.class).figures(year, activity);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }
}
