package id.kinerja.organisation.imports;

/**
 * Why one line of an uploaded file was refused, with the column(s) it concerns where one is to
 * blame (comma separated, or null for the file or line as a whole); the message is in Bahasa Indonesia.
 */
public record ImportProblem(long line, String column, String message) {

  public ImportProblem(long line, String message) {
    this(line, null, message);
  }
}
