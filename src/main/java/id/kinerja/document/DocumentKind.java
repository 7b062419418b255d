package id.kinerja.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The official documents (Lampiran PermenPANRB 6/2022): their title, the template in
 * {@code documents/} that lays them out, the prefix of their number and the name in their URL.
 */
public enum DocumentKind {
  SKP("Sasaran Kinerja Pegawai", "skp", "SKP", "skp"),
  EVALUASI_KINERJA("Evaluasi Kinerja Pegawai", "evaluasi-kinerja", "EKP", "evaluasi-kinerja"),
  DOKUMEN_EVALUASI("Dokumen Evaluasi Kinerja Pegawai", "dokumen-evaluasi", "DEKP", "dokumen-evaluasi"),
  PENETAPAN_PREDIKAT("Penetapan Predikat Kinerja", "penetapan-predikat", "PPK", "penetapan-predikat");

  private final String title;
  private final String template;
  private final String numberPrefix;
  private final String slug;

  DocumentKind(String title, String template, String numberPrefix, String slug) {
    this.title = title;
    this.template = template;
    this.numberPrefix = numberPrefix;
    this.slug = slug;
  }

  public String title() {
    return title;
  }

  String template() {
    return template;
  }

  String numberPrefix() {
    return numberPrefix;
  }

  public String slug() {
    return slug;
  }

  static Optional<DocumentKind> ofSlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }
}
