package id.kinerja.organisation.imports;

import java.util.Map;

/** One data row with the line number a spreadsheet shows for it (the header is line 1). */
public record CsvRow(long line, Map<String, String> values) {

  /** The trimmed value, or null when the cell is empty. */
  public String get(String column) {
    String value = values.get(column);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
