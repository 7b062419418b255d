package id.kinerja.document;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public page a document's QR code opens ({@code /verifikasi/{code}}), and a box to type the
 * code from paper ({@code /verifikasi?kode=}). It shows only the kind, number, version, holder's
 * name, date of issue, fingerprint and whether this version is still the current one.
 */
@RestController
class VerificationPage {

  static final String PATH = "/verifikasi";

  private final Documents documents;
  private final PdfRenderer renderer;

  VerificationPage(Documents documents, PdfRenderer renderer) {
    this.documents = documents;
    this.renderer = renderer;
  }

  @GetMapping(PATH)
  ResponseEntity<String> typed(@RequestParam(name = "kode", required = false) String code) {
    return code == null || code.isBlank() ? page(HttpStatus.OK, Map.of("ditanya", false)) : verified(code);
  }

  @GetMapping(PATH + "/{code}")
  ResponseEntity<String> verified(@PathVariable String code) {
    return documents.verify(code).map(found -> {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("ditanya", true);
      values.put("ditemukan", true);
      values.put("jenis", found.kindTitle());
      values.put("nomor", found.number());
      values.put("versi", found.version());
      values.put("pemegang", found.holderName());
      values.put("diterbitkan", Print.dateTime(found.issuedAt()));
      values.put("sidikJari", found.sha256());
      values.put("status", found.status().name());
      values.put("versiBerlaku", found.currentVersion());
      return page(HttpStatus.OK, values);
    }).orElseGet(() -> page(HttpStatus.NOT_FOUND, Map.of("ditanya", true, "ditemukan", false)));
  }

  private ResponseEntity<String> page(HttpStatus status, Map<String, Object> values) {
    return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .header("Cache-Control", "no-store")
        .body(renderer.html("verifikasi", values, Map.of()));
  }
}
