package id.kinerja.period;

import id.kinerja.appraisal.AppraisalVariables;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the appraisals of an opening in batches: each batch is one transaction that starts its
 * instances and marks them started, so a crash loses nothing and a resumed run starts only what
 * is still waiting. A batch that fails is redone one employee per transaction, so one bad record
 * fails alone, with its reason. Batches run on a small pool; openings left running by a stopped
 * node are resumed at start-up.
 */
@Component
@Order(30)
public class PeriodOpeningWorker implements ApplicationRunner, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodOpeningWorker.class);

  private final PeriodOpeningRepository openings;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transactions;
  private final ExecutorService coordinator = Executors.newSingleThreadExecutor(named("opening-coordinator"));
  private final ExecutorService batches;
  private final int batchSize;

  public PeriodOpeningWorker(PeriodOpeningRepository openings, RuntimeService runtimeService,
      TransactionTemplate transactions, @Value("${kinerja.period.batch-size:100}") int batchSize,
      @Value("${kinerja.period.threads:4}") int threads) {
    this.openings = openings;
    this.runtimeService = runtimeService;
    this.transactions = transactions;
    this.batchSize = batchSize;
    this.batches = Executors.newFixedThreadPool(threads, named("opening-batch"));
  }

  @Override
  public void run(ApplicationArguments args) {
    openings.running().forEach(this::submit);
  }

  /** Works through the opening in the background. */
  public Future<?> submit(long openingId) {
    return coordinator.submit(() -> work(openingId));
  }

  /** Works through the opening on the calling thread; returns when nothing is waiting. */
  public void work(long openingId) {
    PeriodOpeningRepository.Opening opening = openings.find(openingId).orElseThrow();
    String after = "";
    List<Future<?>> running = new java.util.ArrayList<>();
    while (true) {
      List<String> nips = openings.nextPending(openingId, after, batchSize);
      if (nips.isEmpty()) {
        break;
      }
      after = nips.get(nips.size() - 1);
      running.add(batches.submit(() -> startBatch(opening, nips)));
    }
    for (Future<?> batch : running) {
      try {
        batch.get();
      } catch (Exception e) {
        LOG.error("Batch of opening {} failed", openingId, e);
      }
    }
    openings.finish(openingId);
    LOG.info("Opening {} of {}: {}", openingId, opening.periodYear(), openings.countsByStatus(openingId));
  }

  void startBatch(PeriodOpeningRepository.Opening opening, List<String> nips) {
    try {
      transactions.executeWithoutResult(tx -> nips.forEach(nip -> start(opening, nip)));
    } catch (RuntimeException batchFailed) {
      for (String nip : nips) {
        try {
          transactions.executeWithoutResult(tx -> start(opening, nip));
        } catch (RuntimeException e) {
          transactions.executeWithoutResult(tx -> openings.markFailed(opening.id(), nip, reason(e)));
        }
      }
    }
  }

  private void start(PeriodOpeningRepository.Opening opening, String nip) {
    runtimeService.startProcessInstanceByKey(AppraisalVariables.PROCESS_KEY,
        AppraisalVariables.businessKey(nip, opening.periodYear()),
        Map.of(AppraisalVariables.NIP, nip, AppraisalVariables.YEAR, opening.periodYear()));
    openings.markStarted(opening.id(), nip);
  }

  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
      if (cause instanceof id.kinerja.appraisal.AppraisalRepository.AlreadyRunning) {
        break;
      }
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private static java.util.concurrent.ThreadFactory named(String prefix) {
    var counter = new java.util.concurrent.atomic.AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    coordinator.shutdownNow();
    batches.shutdownNow();
  }
}
