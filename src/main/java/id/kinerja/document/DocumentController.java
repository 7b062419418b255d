package id.kinerja.document;

import id.kinerja.document.IssuedDocuments.Issued;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An appraisal's documents: the list ({@code GET /api/appraisals/{nip}/{year}/documents}) and each
 * PDF, for API clients under {@code /api} (HTTP Basic) and for the links in Tasklist's forms under
 * {@code /dokumen} (the webapp's login session). The same reader check guards both.
 */
@RestController
class DocumentController {

  static final String WEB = "/dokumen";

  private final Documents documents;
  private final DocumentAccess access;
  private final JdbcClient jdbc;

  DocumentController(Documents documents, DocumentAccess access, JdbcClient jdbc) {
    this.documents = documents;
    this.access = access;
    this.jdbc = jdbc;
  }

  @GetMapping("/api/appraisals/{nip}/{year}/documents")
  List<Map<String, Object>> list(@PathVariable String nip, @PathVariable int year, Authentication user) {
    long appraisalId = readableAppraisal(nip, year, user);
    return documents.available(appraisalId, year).stream().map(ref -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("jenis", ref.kind().name());
      row.put("judul", title(ref));
      row.put("periode", ref.period());
      row.put("url", "/api/appraisals/" + nip + "/" + year + "/documents/" + ref.path());
      row.put("tautanUnduh", WEB + "/" + nip + "/" + year + "/" + ref.path());
      return row;
    }).toList();
  }

  @GetMapping({"/api/appraisals/{nip}/{year}/documents/{kind}", WEB + "/{nip}/{year}/{kind}"})
  ResponseEntity<byte[]> document(@PathVariable String nip, @PathVariable int year, @PathVariable String kind,
      Authentication user) {
    return pdf(nip, year, kind, null, user);
  }

  @GetMapping({"/api/appraisals/{nip}/{year}/documents/{kind}/{period}", WEB + "/{nip}/{year}/{kind}/{period}"})
  ResponseEntity<byte[]> evaluation(@PathVariable String nip, @PathVariable int year, @PathVariable String kind,
      @PathVariable String period, Authentication user) {
    return pdf(nip, year, kind, period, user);
  }

  private ResponseEntity<byte[]> pdf(String nip, int year, String slug, String period, Authentication user) {
    long appraisalId = readableAppraisal(nip, year, user);
    DocumentKind kind = DocumentKind.ofSlug(slug).filter(k -> k != DocumentKind.PENETAPAN_PREDIKAT)
        .orElseThrow(() -> notFound("Jenis dokumen '" + slug + "' tidak dikenal"));
    DocumentRef ref = kind == DocumentKind.EVALUASI_KINERJA
        ? DocumentRef.evaluation(appraisalId, year, period(period))
        : period == null ? DocumentRef.ofAppraisal(kind, appraisalId, year) : null;
    if (ref == null) {
      throw notFound(kind.title() + " tidak berperiode");
    }
    return served(ref, nip, documents.current(ref));
  }

  private ResponseEntity<byte[]> served(DocumentRef ref, String holderKey, Optional<Issued> issued) {
    Issued document = issued.orElseThrow(() -> notFound(title(ref) + " belum dapat diterbitkan: datanya belum lengkap"
        + " atau belum ditetapkan"));
    return pdfResponse(ref.fileName(holderKey), document, documents.pdf(document));
  }

  /** A stored PDF as a download, with its number, version and verification code in headers. */
  static ResponseEntity<byte[]> pdfResponse(String fileName, Issued document, byte[] content) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("X-Dokumen-Nomor", document.docNumber())
        .header("X-Dokumen-Versi", String.valueOf(document.version()))
        .header("X-Dokumen-Kode", document.verificationCode())
        .body(content);
  }

  private long readableAppraisal(String nip, int year, Authentication user) {
    Optional<Long> appraisalId = jdbc.sql("select id from kinerja.appraisal where nip = ? and period_year = ?")
        .params(nip, year).query(Long.class).optional();
    if (appraisalId.isEmpty() || !access.mayReadAppraisal(user, appraisalId.get())) {
      // The same answer whether the appraisal exists or not: who has an appraisal is not told.
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Anda tidak berhak membaca dokumen penilaian ini");
    }
    return appraisalId.get();
  }

  private static int period(String period) {
    if ("tahunan".equals(period)) {
      return DocumentRef.YEAR;
    }
    try {
      int number = Integer.parseInt(period);
      if (number >= 1 && number <= 12) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw notFound("Periode '" + period + "' tidak dikenal: 1 sampai 12, atau 'tahunan'");
  }

  static String title(DocumentRef ref) {
    return ref.kind().title() + (ref.period() == null ? ""
        : ref.period() == DocumentRef.YEAR ? " (tahunan)" : " (periode " + ref.period() + ")");
  }

  static ResponseStatusException notFound(String message) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
  }
}
