package id.kinerja.assessment;

import java.util.Arrays;
import java.util.List;

/**
 * The seven BerAKHLAK core values of Perilaku Kerja. {@link #suffix()} names their form fields,
 * e.g. {@code ratingKompeten}, {@code alasanKompeten}, {@code ekspektasiKompeten}.
 */
public enum BehaviourValue {
  BERORIENTASI_PELAYANAN("BerorientasiPelayanan", "Berorientasi Pelayanan"),
  AKUNTABEL("Akuntabel", "Akuntabel"),
  KOMPETEN("Kompeten", "Kompeten"),
  HARMONIS("Harmonis", "Harmonis"),
  LOYAL("Loyal", "Loyal"),
  ADAPTIF("Adaptif", "Adaptif"),
  KOLABORATIF("Kolaboratif", "Kolaboratif");

  private final String suffix;
  private final String label;

  BehaviourValue(String suffix, String label) {
    this.suffix = suffix;
    this.label = label;
  }

  public String suffix() {
    return suffix;
  }

  public String label() {
    return label;
  }

  /** The form field of this value with the prefix, e.g. {@code ratingKompeten}. */
  public String field(String prefix) {
    return prefix + suffix;
  }

  /** The form fields of all seven values with the prefix. */
  public static List<String> fieldNames(String prefix) {
    return Arrays.stream(values()).map(value -> value.field(prefix)).toList();
  }
}
