package id.kinerja.bottleneck.cockpit;

import id.kinerja.bottleneck.BottleneckQueries;
import id.kinerja.security.Groups;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

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
    Authentications authentications = Authentications.getCurrent();
    UserAuthentication user = authentications == null ? null
        : (UserAuthentication) authentications.getAuthenticationForProcessEngine(engine);
    if (user == null || user.getGroupIds().stream().noneMatch(Groups.BOTTLENECK_VIEWERS::contains)) {
      throw new ForbiddenException("Hanya pimpinan dan pengelola kinerja yang dapat melihat hambatan penilaian");
    }
    try {
      return SpringBeans.get(BottleneckQueries.class).figures(year, activity);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }
}
