package id.kinerja.period;

import id.kinerja.appraisal.AppraisalProcess;
import id.kinerja.appraisal.AppraisalVariables;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * fails alone, with its reason. Batches run on a small pool.
 *
 * <p>A node works an opening while it holds its lease, renewed every {@code lease-check}. Every
 * node (at start-up too) looks for running openings whose lease is older than
 * {@code lease-timeout}, left by a node that died or stopped, and takes them over.
 */
@Component
@Order(30)
public class PeriodOpeningWorker implements ApplicationRunner, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodOpeningWorker.class);

  private final PeriodOpeningRepository openings;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transactions;
  private final ExecutorService coordinator = Executors.newSingleThreadExecutor(named("opening-coordinator"));
  private final ScheduledExecutorService leases = Executors.newSingleThreadScheduledExecutor(named("opening-lease"));
  private final ExecutorService batches;
  private final int batchSize;
  private final Duration leaseTimeout;
  private final Duration leaseCheck;
  private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
  private final Set<Long> working = ConcurrentHashMap.newKeySet();

  public PeriodOpeningWorker(PeriodOpeningRepository openings, RuntimeService runtimeService,
      TransactionTemplate transactions, @Value("${kinerja.period.batch-size:100}") int batchSize,
      @Value("${kinerja.period.threads:4}") int threads, @Value("${kinerja.period.lease-timeout:60s}") Duration leaseTimeout,
      @Value("${kinerja.period.lease-check:10s}") Duration leaseCheck) {
    this.openings = openings;
    this.runtimeService = runtimeService;
    this.transactions = transactions;
    this.batchSize = batchSize;
    this.batches = Executors.newFixedThreadPool(threads, named("opening-batch"));
    this.leaseTimeout = leaseTimeout;
    this.leaseCheck = leaseCheck;
  }

  @Override
  public void run(ApplicationArguments args) {
    leases.scheduleWithFixedDelay(this::keepLeasesAndTakeOver, 0, leaseCheck.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Works through the opening in the background if this node gets its lease. */
  public void claim(long openingId) {
    Instant now = Instant.now();
    if (openings.takeLease(openingId, node, now, now.minus(leaseTimeout))) {
      submit(openingId);
    }
  }

  private void keepLeasesAndTakeOver() {
    try {
      Instant now = Instant.now();
      working.forEach(id -> openings.renewLease(id, node, now));
      openings.unleased(now.minus(leaseTimeout)).stream().filter(id -> !working.contains(id)).forEach(id -> {
        LOG.info("Taking over opening {}", id);
        claim(id);
      });
    } catch (RuntimeException e) {
      LOG.warn("Could not renew or take over period openings, trying again in {}", leaseCheck, e);
    }
  }

  private void submit(long openingId) {
    working.add(openingId);
    coordinator.submit(() -> {
      try {
        work(openingId);
      } finally {
        // Not renewed any more: if a batch failed as a whole (the database was away), the opening
        // is still running and is taken again once its lease has expired.
        working.remove(openingId);
      }
    });
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
    runtimeService.startProcessInstanceByKey(AppraisalProcess.KEY,
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
    leases.shutdownNow();
    coordinator.shutdownNow();
    batches.shutdownNow();
  }
}
