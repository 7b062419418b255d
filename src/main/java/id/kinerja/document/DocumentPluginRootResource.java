package id.kinerja.document;

import id.kinerja.cockpit.CockpitUser;
import id.kinerja.cockpit.SpringBeans;
import id.kinerja.document.DocumentBundleRepository.Bundle;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.Unit;
import id.kinerja.security.Groups;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * HR's unit documents in Cockpit, in the webapp's session (Camunda's CSRF filter guards the POST):
 * the units to choose from, a bundle's start and progress, and its ZIP, as the API under
 * {@code /api/units/.../documents/bundle} gives them to HTTP Basic clients.
 */
@Path("plugin/" + DocumentCockpitPlugin.ID)
public class DocumentPluginRootResource extends AbstractCockpitPluginRootResource {

  private static final String REFUSED = "Hanya pengelola kinerja yang dapat mengunduh dokumen resmi sebuah unit";

  public DocumentPluginRootResource() {
    super(DocumentCockpitPlugin.ID);
  }

  @GET
  @Path("{engine}/units")
  @Produces(MediaType.APPLICATION_JSON)
  public List<Map<String, String>> units(@PathParam("engine") String engine) {
    CockpitUser.requireGroup(engine, Groups.DOCUMENT_BUNDLERS, REFUSED);
    return SpringBeans.get(OrganisationRepository.class).units().stream().sorted(Comparator.comparing(Unit::name))
        .map(unit -> Map.of("code", unit.code(), "name", unit.name())).toList();
  }

  @POST
  @Path("{engine}/units/{code}/{year}/bundle")
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> start(@PathParam("engine") String engine, @PathParam("code") String code,
      @PathParam("year") int year) {
    String user = CockpitUser.requireGroup(engine, Groups.DOCUMENT_BUNDLERS, REFUSED).getName();
    Bundle bundle = bundles().request(code, year, user)
        .orElseThrow(() -> new NotFoundException("Unit '" + code + "' tidak ditemukan"));
    return UnitDocumentController.progress(bundle);
  }

  @GET
  @Path("{engine}/bundles/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> progress(@PathParam("engine") String engine, @PathParam("id") long id) {
    CockpitUser.requireGroup(engine, Groups.DOCUMENT_BUNDLERS, REFUSED);
    return UnitDocumentController.progress(found(id));
  }

  @GET
  @Path("{engine}/bundles/{id}/zip")
  public Response zip(@PathParam("engine") String engine, @PathParam("id") long id) {
    CockpitUser.requireGroup(engine, Groups.DOCUMENT_BUNDLERS, REFUSED);
    Bundle bundle = found(id);
    Optional<String> notReady = DocumentBundles.notReady(bundle);
    if (notReady.isPresent()) {
      return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
          .entity(Map.of("message", notReady.get())).build();
    }
    StreamingOutput body = out -> bundles().zip(bundle, out);
    return Response.ok(body, "application/zip").header("Content-Disposition", DocumentBundles.attachment(bundle))
        .header("Cache-Control", "private, no-store").build();
  }

  private static DocumentBundles bundles() {
    return SpringBeans.get(DocumentBundles.class);
  }

  private static Bundle found(long id) {
    return bundles().find(id).orElseThrow(() -> new NotFoundException("Berkas dokumen " + id + " tidak ditemukan"));
  }
}
