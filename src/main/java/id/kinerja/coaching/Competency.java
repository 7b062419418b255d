package id.kinerja.coaching;

import java.util.Arrays;

/** Competencies a supervisor may evaluate (1..5) after a coaching session; also training topics. */
public enum Competency {
  LITERASI_DIGITAL("Literasi digital / teknologi informasi"),
  PELAYANAN_PUBLIK("Pelayanan publik"),
  KOMUNIKASI("Komunikasi"),
  ADMINISTRASI("Manajemen administrasi"),
  KEPEMIMPINAN("Kepemimpinan"),
  TEKNIS_JABATAN("Kompetensi teknis jabatan");

  private final String label;

  Competency(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The label of a stored competency code, or the code itself if the list no longer has it. */
  public static String labelOf(String code) {
    return Arrays.stream(values()).filter(c -> c.name().equals(code)).map(Competency::label).findFirst()
        .orElse(code);
  }
}
