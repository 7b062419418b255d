package id.kinerja.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.kinerja.document.IssuedDocuments.Issued;
import id.kinerja.process.EngineClock;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the official documents. A document is issued when it is first asked for and again
 * whenever the record behind it has changed since its last version (its record hash differs): the
 * new version keeps the number's serial, and the old one is marked replaced. Each version's PDF is
 * stored as issued, so its SHA-256 fingerprint, printed on the verification page, stays true.
 * Issuing runs in a transaction of its own, never inside a task's completion.
 */
@Service
public class Documents {

  /** What the public verification page may show of a document, and nothing more. */
  public record Verification(String kindTitle, String number, int version, String holderName, Timestamp issuedAt,
      String sha256, Status status, Integer currentVersion) {}

  public enum Status {
    BERLAKU,
    DIGANTI,
    DITARIK
  }

  private static final ObjectMapper CANONICAL = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<DocumentKind, DocumentSource> sources;
  private final IssuedDocuments issued;
  private final PdfRenderer renderer;
  private final TransactionTemplate separately;
  private final String publicUrl;

  Documents(List<DocumentSource> sources, IssuedDocuments issued, PdfRenderer renderer,
      PlatformTransactionManager transactions, @Value("${kinerja.documents.public-url}") String publicUrl) {
    this.sources = sources.stream().collect(Collectors.toMap(DocumentSource::kind, Function.identity()));
    this.issued = issued;
    this.renderer = renderer;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /** The documents an appraisal has so far, in the order of the year. */
  public List<DocumentRef> available(long appraisalId, int year) {
    return sources.values().stream().flatMap(source -> source.available(appraisalId, year).stream())
        .sorted((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : Integer.compare(order(a), order(b)))
        .toList();
  }

  /** The current version of a document, issued now if the record has none or has changed; empty if not yet made. */
  Optional<Issued> current(DocumentRef ref) {
    Optional<DocumentContent> content = source(ref).content(ref);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    String recordHash = recordHash(ref, content.get());
    Optional<Issued> latest = issued.latest(ref);
    if (latest.isPresent() && latest.get().recordHash().equals(recordHash)) {
      return latest;
    }
    try {
      return Optional.of(issue(ref, content.get(), recordHash, latest));
    } catch (DuplicateKeyException raced) {
      return issued.latest(ref);
    }
  }

  byte[] pdf(Issued document) {
    return issued.content(document.id());
  }

  /** For the public page: checks the record behind the document first, so a changed one shows as replaced. */
  public Optional<Verification> verify(String code) {
    String normalised = code == null ? "" : code.toUpperCase().replaceAll("[^0-9A-F]", "");
    Optional<Issued> found = normalised.length() == 20 ? issued.byCode(normalised) : Optional.empty();
    return found.map(document -> {
      Optional<Issued> now = document.current() ? current(document.ref()) : issued.latest(document.ref());
      Status status = now.isEmpty() ? Status.DITARIK
          : now.get().id() == document.id() ? Status.BERLAKU : Status.DIGANTI;
      return new Verification(document.documentKind().title(), document.docNumber(), document.version(),
          document.holderName(), document.issuedAt(), document.sha256(), status, now.map(Issued::version).orElse(null));
    });
  }

  private Issued issue(DocumentRef ref, DocumentContent content, String recordHash, Optional<Issued> latest) {
    long serial = latest.map(Issued::serial).orElseGet(() -> nextSerial(ref));
    int version = latest.map(Issued::version).orElse(0) + 1;
    String code = HexFormat.of().withUpperCase().formatHex(randomBytes());
    String number = String.format("%s/%d/%06d", ref.kind().numberPrefix(), ref.year(), serial);
    Timestamp issuedAt = EngineClock.now();
    Map<String, Object> issue = new LinkedHashMap<>();
    issue.put("judul", ref.kind().title());
    issue.put("nomor", number);
    issue.put("versi", version);
    issue.put("menggantikan", latest.map(previous -> previous.docNumber() + " versi " + previous.version()).orElse(""));
    issue.put("kode", grouped(code));
    issue.put("tautanVerifikasi", publicUrl + "/verifikasi/" + code);
    issue.put("qr", PdfRenderer.qrCode(publicUrl + "/verifikasi/" + code));
    issue.put("diterbitkan", Print.dateTime(issuedAt));
    byte[] pdf = renderer.pdf(renderer.html(ref.kind().template(), content.values(), issue), ref.kind().title());
    String sha256 = sha256(pdf);
    return separately.execute(tx -> {
      Issued filed = issued.insert(ref, serial, version, number, code, content.holderName(), issuedAt, recordHash, sha256, pdf);
      latest.ifPresent(previous -> issued.markReplaced(previous.id(), issuedAt));
      return filed;
    });
  }

  private long nextSerial(DocumentRef ref) {
    try {
      return separately.execute(tx -> issued.nextSerial(ref.kind(), ref.year()));
    } catch (DuplicateKeyException firstOfTheYearRaced) {
      return separately.execute(tx -> issued.nextSerial(ref.kind(), ref.year()));
    }
  }

  private DocumentSource source(DocumentRef ref) {
    DocumentSource source = sources.get(ref.kind());
    if (source == null) {
      throw new IllegalStateException("Tidak ada sumber data untuk " + ref.kind().title());
    }
    return source;
  }

  static String grouped(String code) {
    return code.replaceAll("(.{4})(?!$)", "$1-");
  }

  private static int order(DocumentRef ref) {
    return ref.period() == null ? 0 : ref.period() == DocumentRef.YEAR ? 99 : ref.period();
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[10];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static String recordHash(DocumentRef ref, DocumentContent content) {
    try {
      return sha256(CANONICAL.writeValueAsBytes(Map.of("jenis", ref.kind().name(), "pemegang", content.holderName(),
          "isi", content.values())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
