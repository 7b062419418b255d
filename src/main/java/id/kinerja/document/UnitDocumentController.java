package id.kinerja.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.document.DocumentBundleRepository.Bundle;
import id.kinerja.organisation.Employee;
import id.kinerja.organisation.OrganisationRepository;
import id.kinerja.organisation.Position;
import id.kinerja.organisation.ReportingLine;
import id.kinerja.process.EngineClock;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A unit's documents: its Penetapan Predikat Kinerja (for API clients under {@code /api}, for the
 * webapp's session under {@code /dokumen/unit}), and HR's ZIP of all documents of the unit and its
 * people for a year, prepared in the background with its progress.
 */
@RestController
class UnitDocumentController {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Documents documents;
  private final DocumentBundles bundles;
  private final DocumentAccess access;
  private final OrganisationRepository organisation;
  private final ReportingLine reportingLine;

  UnitDocumentController(Documents documents, DocumentBundles bundles, DocumentAccess access,
      OrganisationRepository organisation, ReportingLine reportingLine) {
    this.documents = documents;
    this.bundles = bundles;
    this.access = access;
    this.organisation = organisation;
    this.reportingLine = reportingLine;
  }

  @GetMapping({"/api/units/{code}/{year}/documents/penetapan-predikat",
      DocumentController.WEB + "/unit/{code}/{year}/penetapan-predikat"})
  ResponseEntity<byte[]> penetapan(@PathVariable String code, @PathVariable int year, Authentication user) {
    if (organisation.unit(code).isEmpty() || !access.mayReadUnit(user, code, year, headsToday(code))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Anda tidak berhak membaca penetapan predikat kinerja unit ini");
    }
    DocumentRef ref = DocumentRef.ofUnit(code, year);
    var document = documents.current(ref).orElseThrow(() -> DocumentController.notFound(DocumentKind.PENETAPAN_PREDIKAT.title()
        + " unit " + code + " tahun " + year + " belum dapat diterbitkan: kalibrasi unit belum selesai"));
    return DocumentController.pdfResponse(ref.fileName(code), document, documents.pdf(document));
  }

  @PostMapping("/api/units/{code}/{year}/documents/bundle")
  ResponseEntity<Map<String, Object>> bundle(@PathVariable String code, @PathVariable int year, Authentication user) {
    requireHr(user);
    Bundle bundle = bundles.request(code, year, user.getName())
        .orElseThrow(() -> DocumentController.notFound("Unit '" + code + "' tidak ditemukan"));
    return ResponseEntity.accepted().location(URI.create("/api/document-bundles/" + bundle.id())).body(progress(bundle));
  }

  @GetMapping("/api/document-bundles/{id}")
  Map<String, Object> progress(@PathVariable long id, Authentication user) {
    requireHr(user);
    return progress(found(id));
  }

  @GetMapping("/api/document-bundles/{id}/zip")
  ResponseEntity<StreamingResponseBody> zip(@PathVariable long id, Authentication user) throws JsonProcessingException {
    requireHr(user);
    Bundle bundle = found(id);
    Optional<String> notReady = DocumentBundles.notReady(bundle);
    if (notReady.isPresent()) {
      byte[] json = JSON.writeValueAsBytes(Map.of("message", notReady.get()));
      return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON).body(out -> out.write(json));
    }
    StreamingResponseBody body = out -> bundles.zip(bundle, out);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, DocumentBundles.attachment(bundle))
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(body);
  }

  private Set<String> headsToday(String unitCode) {
    return organisation.headPost(unitCode).map(Position::code)
        .flatMap(post -> reportingLine.holderOf(post, EngineClock.today())).map(Employee::nip).stream()
        .collect(Collectors.toSet());
  }

  private void requireHr(Authentication user) {
    if (!access.isHr(user)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Hanya pengelola kinerja yang dapat mengunduh berkas dokumen unit");
    }
  }

  private Bundle found(long id) {
    return bundles.find(id).orElseThrow(() -> DocumentController.notFound("Berkas dokumen " + id + " tidak ditemukan"));
  }

  static Map<String, Object> progress(Bundle bundle) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", bundle.id());
    values.put("unitCode", bundle.unitCode());
    values.put("year", bundle.periodYear());
    values.put("total", bundle.total());
    values.put("done", bundle.done());
    values.put("failed", bundle.failed());
    values.put("status", bundle.status());
    values.put("requestedBy", bundle.requestedBy());
    values.put("requestedAt", bundle.requestedAt());
    values.put("finishedAt", bundle.finishedAt());
    values.put("zip", "/api/document-bundles/" + bundle.id() + "/zip");
    return values;
  }
}
