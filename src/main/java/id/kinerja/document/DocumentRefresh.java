package id.kinerja.document;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reissues the documents already issued for a record once a change to it has committed: after a
 * task completion of the appraisal, or a calibration or organisation predicate of the unit. It runs
 * on a thread of its own after the commit, so a document can neither slow nor fail the completion;
 * what it misses (a full queue, a node stopping) the next download or verification catches, since
 * both compare the record with the last version first.
 */
@Component
class DocumentRefresh {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentRefresh.class);

  private final Documents documents;
  private final IssuedDocuments issued;
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(10_000), runnable -> {
        Thread thread = new Thread(runnable, "dokumen-terbit-ulang");
        thread.setDaemon(true);
        return thread;
      }, new ThreadPoolExecutor.DiscardPolicy());

  DocumentRefresh(Documents documents, IssuedDocuments issued) {
    this.documents = documents;
    this.issued = issued;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void afterCommit(AuditTrail.Recorded event) {
    if (event.appraisalId() != null && event.action() == AuditAction.TUGAS_DISELESAIKAN) {
      schedule("penilaian:" + event.appraisalId(), () -> issued.currentOfAppraisal(event.appraisalId()));
    } else if (event.target() != null
        && (event.action() == AuditAction.KALIBRASI || event.action() == AuditAction.PREDIKAT_ORGANISASI)) {
      schedule("unit:" + event.target(), () -> issued.currentOfUnit(event.target()));
    }
  }

  private void schedule(String key, Supplier<List<IssuedDocuments.Issued>> documentsOf) {
    if (!pending.add(key)) {
      return;
    }
    worker.execute(() -> {
      pending.remove(key);
      for (IssuedDocuments.Issued document : documentsOf.get()) {
        try {
          documents.current(document.ref());
        } catch (RuntimeException e) {
          LOG.warn("Dokumen {} tidak dapat diterbitkan ulang; unduhan berikutnya mencoba lagi", document.docNumber(), e);
        }
      }
    });
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
