package id.kinerja.organisation.imports;

import java.util.Comparator;
import java.util.List;

/** A file with at least one bad row: nothing of it was written. */
public class ImportRejectedException extends RuntimeException {

  private final List<ImportProblem> problems;

  public ImportRejectedException(List<ImportProblem> problems) {
    super("Berkas ditolak: " + problems.size() + " baris bermasalah, tidak ada data yang disimpan");
    this.problems = problems.stream().sorted(Comparator.comparingLong(ImportProblem::line)).toList();
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
