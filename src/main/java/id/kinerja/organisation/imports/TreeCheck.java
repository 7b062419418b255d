package id.kinerja.organisation.imports;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a tree given as child to parent codes (what is stored, overridden by the file) and
 * orders codes so parents are saved before their children.
 */
final class TreeCheck {

  private final Map<String, String> parentOf;
  private final Map<String, Integer> depth = new HashMap<>();

  TreeCheck(Map<String, String> parentOf) {
    this.parentOf = parentOf;
  }

  /** Why this code cannot stand in the tree: an unknown parent or a loop back to itself. */
  Optional<String> problem(String code) {
    Set<String> seen = new HashSet<>(Set.of(code));
    String current = code;
    int levels = 0;
    while (parentOf.get(current) != null) {
      String parent = parentOf.get(current);
      if (!parentOf.containsKey(parent)) {
        return Optional.of("induk '" + parent + "' tidak ditemukan");
      }
      if (!seen.add(parent)) {
        return Optional.of("hubungan induk membentuk lingkaran melalui '" + parent + "'");
      }
      current = parent;
      levels++;
    }
    depth.put(code, levels);
    return Optional.empty();
  }

  /** Codes already checked without a problem, parents first. */
  List<String> parentsFirst(Collection<String> codes) {
    return codes.stream().sorted(Comparator.comparing(depth::get)).toList();
  }
}
