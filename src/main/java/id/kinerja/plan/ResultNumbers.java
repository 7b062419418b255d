package id.kinerja.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The employee's numbering of the RHK of an SKP (RHK 1, 2, ... in the order they were written),
 * which the forms show and send back as "Nomor RHK" instead of database ids; the checks turn a
 * number back into its RHK.
 */
public final class ResultNumbers {

  private final Map<Long, Long> idsByNumber = new LinkedHashMap<>();

  private ResultNumbers(List<PlannedResult> results) {
    results.forEach(r -> idsByNumber.put((long) r.seq(), r.id()));
  }

  public static ResultNumbers of(List<PlannedResult> results) {
    return new ResultNumbers(results);
  }

  /** The RHK of that number, or null for a number the SKP does not have (or none). */
  public Long idOf(Long number) {
    return number == null ? null : idsByNumber.get(number);
  }

  /** The number the employee gave the RHK. */
  public long numberOf(long id) {
    return idsByNumber.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("RHK " + id + " bukan RHK SKP ini"));
  }

  public Set<Long> ids() {
    return Set.copyOf(idsByNumber.values());
  }
}
