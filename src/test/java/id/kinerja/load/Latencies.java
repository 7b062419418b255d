package id.kinerja.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Latency and answer status of every request the simulated users send, per request type. */
final class Latencies {

  record Summary(String type, int count, double p50, double p95, double p99, double max) {}

  private final Map<String, ConcurrentLinkedQueue<Long>> nanos = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();

  void record(String type, int status, long elapsedNanos) {
    nanos.computeIfAbsent(type, t -> new ConcurrentLinkedQueue<>()).add(elapsedNanos);
    statuses.computeIfAbsent(type + " " + status, t -> new AtomicInteger()).incrementAndGet();
  }

  /** How many answers of each type and status, e.g. "submit-form 204" = 5083. */
  Map<String, Integer> statusCounts() {
    Map<String, Integer> counts = new TreeMap<>();
    statuses.forEach((key, count) -> counts.put(key, count.get()));
    return counts;
  }

  int countWithStatus(java.util.function.IntPredicate status) {
    return statuses.entrySet().stream()
        .filter(e -> status.test(Integer.parseInt(e.getKey().substring(e.getKey().lastIndexOf(' ') + 1))))
        .mapToInt(e -> e.getValue().get()).sum();
  }

  List<Summary> summaries() {
    List<Summary> summaries = new ArrayList<>();
    new TreeMap<>(nanos).forEach((type, queue) -> {
      long[] sorted = queue.stream().mapToLong(Long::longValue).sorted().toArray();
      summaries.add(new Summary(type, sorted.length, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
          sorted[sorted.length - 1] / 1e6));
    });
    return summaries;
  }

  private static double millis(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
