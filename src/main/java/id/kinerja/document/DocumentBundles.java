package id.kinerja.document;

import id.kinerja.document.DocumentBundleRepository.Bundle;
import id.kinerja.document.DocumentBundleRepository.Holder;
import id.kinerja.document.DocumentBundleRepository.Status;
import id.kinerja.document.IssuedDocuments.Issued;
import id.kinerja.period.PredicateUnits;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * All documents of a unit (its people's, subunits included, and its Penetapan) for a year as one
 * ZIP for HR. A worker on this node's own pool issues every available document, counting its
 * progress in the bundle's row; one document that fails is counted and logged and the rest go on.
 * A request while a bundle of the same unit and year runs gets that bundle, unless its worker has
 * not been heard of for {@code stale-after} (its node died): then it is given up and a new one
 * starts. The ZIP is written from the stored PDFs, one at a time.
 */
@Service
class DocumentBundles implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentBundles.class);

  private final DocumentBundleRepository bundles;
  private final Documents documents;
  private final IssuedDocuments issued;
  private final UnitRecord unitRecord;
  private final PredicateUnits predicateUnits;
  private final TransactionTemplate transactions;
  private final Duration staleAfter;
  private final ExecutorService workers;

  DocumentBundles(DocumentBundleRepository bundles, Documents documents, IssuedDocuments issued, UnitRecord unitRecord,
      PredicateUnits predicateUnits, PlatformTransactionManager transactionManager,
      @Value("${kinerja.documents.bundle-stale-after:3m}") Duration staleAfter,
      @Value("${kinerja.documents.bundle-threads:2}") int threads) {
    this.bundles = bundles;
    this.documents = documents;
    this.issued = issued;
    this.unitRecord = unitRecord;
    this.predicateUnits = predicateUnits;
    this.transactions = new TransactionTemplate(transactionManager);
    this.staleAfter = staleAfter;
    AtomicInteger counter = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "document-bundle-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  private record Requested(long id, boolean isNew) {}

  /** The running bundle of the unit and year, or a new one whose worker starts once it is stored; empty for no such unit. */
  Optional<Bundle> request(String unitCode, int year, String user) {
    Optional<Requested> requested = transactions.execute(tx -> {
      if (!bundles.lockUnit(unitCode)) {
        return Optional.<Requested>empty();
      }
      Instant now = Instant.now();
      Optional<Bundle> running = bundles.running(unitCode, year);
      if (running.isPresent() && running.get().heartbeatAt().toInstant().isAfter(now.minus(staleAfter))) {
        return Optional.of(new Requested(running.get().id(), false));
      }
      running.ifPresent(stale -> {
        LOG.warn("Document bundle {} of {} {} silent since {}: given up", stale.id(), unitCode, year, stale.heartbeatAt());
        bundles.finish(stale.id(), Status.GAGAL);
      });
      return Optional.of(new Requested(bundles.insert(unitCode, year, user, now), true));
    });
    requested.filter(Requested::isNew).ifPresent(fresh -> workers.submit(() -> work(fresh.id(), unitCode, year)));
    return requested.flatMap(r -> bundles.find(r.id()));
  }

  Optional<Bundle> find(long id) {
    return bundles.find(id);
  }

  /** Issues every available document of the bundle's unit and year on the calling thread. */
  void work(long id, String unitCode, int year) {
    try {
      List<DocumentRef> refs = new ArrayList<>();
      for (Holder holder : bundles.holders(predicateUnits.subtree(unitCode), year)) {
        refs.addAll(documents.available(holder.appraisalId(), year));
      }
      if (unitRecord.release(unitCode, year).isPresent()) {
        refs.add(DocumentRef.ofUnit(unitCode, year));
      }
      int done = 0;
      int failed = 0;
      if (!bundles.progress(id, refs.size(), done, failed)) {
        return;
      }
      for (DocumentRef ref : refs) {
        try {
          if (documents.current(ref).isPresent()) {
            done++;
          } else {
            failed++;
            LOG.warn("Bundle {}: {} could not be issued, its record is incomplete", id, ref);
          }
        } catch (RuntimeException e) {
          failed++;
          LOG.error("Bundle {}: {} failed", id, ref, e);
        }
        if (!bundles.progress(id, refs.size(), done, failed)) {
          LOG.warn("Bundle {} was given up while running; stopping", id);
          return;
        }
      }
      bundles.finish(id, Status.SELESAI);
    } catch (RuntimeException e) {
      LOG.error("Bundle {} of {} {} failed", id, unitCode, year, e);
      bundles.finish(id, Status.GAGAL);
    }
  }

  /** Writes the ZIP of the bundle's documents as stored: a folder per employee, the unit's own at the top. */
  void zip(Bundle bundle, OutputStream out) throws IOException {
    Map<Long, Holder> holders = bundles.holders(predicateUnits.subtree(bundle.unitCode()), bundle.periodYear()).stream()
        .collect(Collectors.toMap(Holder::appraisalId, Function.identity()));
    List<Issued> stored = issued.currentOf(List.copyOf(holders.keySet()), bundle.unitCode(), bundle.periodYear());
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Issued document : stored) {
        Holder holder = document.appraisalId() == null ? null : holders.get(document.appraisalId());
        String name = holder == null ? document.ref().fileName(bundle.unitCode())
            : folder(holder) + "/" + document.ref().fileName(holder.nip());
        zip.putNextEntry(new ZipEntry(name));
        zip.write(issued.content(document.id()));
        zip.closeEntry();
      }
    }
  }

  /** Why the bundle's ZIP cannot be had yet, for a 409; empty once it is ready. */
  static Optional<String> notReady(Bundle bundle) {
    if (Status.SELESAI.name().equals(bundle.status())) {
      return Optional.empty();
    }
    return Optional.of(Status.GAGAL.name().equals(bundle.status())
        ? "Penyiapan berkas dokumen ini gagal; minta berkas baru."
        : "Berkas dokumen belum selesai disiapkan (" + (bundle.done() + bundle.failed()) + " dari " + bundle.total()
            + " dokumen); coba lagi setelah statusnya SELESAI.");
  }

  /** The Content-Disposition of the bundle's ZIP: dokumen-KEC-PLAJU-2026.zip. */
  static String attachment(Bundle bundle) {
    return ContentDisposition.attachment().filename("dokumen-" + bundle.unitCode() + "-" + bundle.periodYear() + ".zip")
        .build().toString();
  }

  static String folder(Holder holder) {
    return holder.nip() + " " + holder.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
