package id.kinerja.period;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The distribution curve of a unit (SE MenPANRB 3/2023): given its organisation predicate, the
 * decision table {@code kurva-distribusi} lists bounds on the employees' predicates; this checks a
 * unit's counts against them and says which bound is broken, by how much.
 */
public final class DistributionCurve {

  public enum BoundKind {
    MAKS_PERSEN,
    MIN_PERSEN,
    MIN_JUMLAH
  }

  /** One bound: the predicates it counts together, its kind and its value (percent or count). */
  public record Bound(Set<String> predicates, BoundKind kind, double value) {

    public static Bound of(String predicates, String kind, double value) {
      return new Bound(new LinkedHashSet<>(Arrays.asList(predicates.split("\\s*,\\s*"))), BoundKind.valueOf(kind), value);
    }

    public String describe() {
      return describe(Function.identity());
    }

    /** The bound in words, each predicate code shown by {@code label}. */
    public String describe(Function<String, String> label) {
      String counted = String.join(" atau ", predicates.stream().map(label).toList());
      return switch (kind) {
        case MAKS_PERSEN -> value == 0 ? "tidak boleh ada " + counted : "paling banyak " + plain(value) + "% " + counted;
        case MIN_PERSEN -> "paling sedikit " + plain(value) + "% " + counted;
        case MIN_JUMLAH -> "paling sedikit " + plain(value) + " pegawai " + counted;
      };
    }
  }

  /** A broken bound with the unit's actual figures. */
  public record Violation(Bound bound, int count, double share) {
    public String message() {
      return bound.describe() + "; saat ini " + count + " pegawai (" + String.format("%.1f", share) + "%)";
    }
  }

  private DistributionCurve() {}

  public static List<Violation> violations(Map<String, Integer> countsByPredicate, List<Bound> bounds) {
    int total = countsByPredicate.values().stream().mapToInt(Integer::intValue).sum();
    List<Violation> violations = new ArrayList<>();
    if (total == 0) {
      return violations;
    }
    for (Bound bound : bounds) {
      int count = bound.predicates().stream().mapToInt(p -> countsByPredicate.getOrDefault(p, 0)).sum();
      double share = 100.0 * count / total;
      boolean broken = switch (bound.kind()) {
        case MAKS_PERSEN -> share > bound.value();
        case MIN_PERSEN -> share < bound.value();
        case MIN_JUMLAH -> count < bound.value();
      };
      if (broken) {
        violations.add(new Violation(bound, count, share));
      }
    }
    return violations;
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
