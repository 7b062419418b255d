package id.kinerja.organisation.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file: UTF-8 (a byte-order mark from Excel is ignored), a header row, comma
 * or semicolon separated (the separator of the header line wins), quotes for values that contain
 * the separator.
 */
public final class CsvFile {

  private CsvFile() {}

  public static List<CsvRow> read(String content, List<String> requiredColumns) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    String header = text.lines().findFirst().orElse("");
    char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .setTrim(true)
        .get();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      List<String> missing = requiredColumns.stream()
          .filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
      if (!missing.isEmpty()) {
        throw new ImportRejectedException(List.of(new ImportProblem(1,
            "kolom wajib tidak ada di baris judul: " + String.join(", ", missing)
                + " (kolom yang diharapkan: " + String.join(", ", requiredColumns) + ")")));
      }
      List<String> lines = text.lines().toList();
      List<CsvRow> rows = new ArrayList<>();
      long previousEnd = 1;
      for (CSVRecord record : parser) {
        Map<String, String> values = new LinkedHashMap<>(record.toMap());
        rows.add(new CsvRow(firstLineAfter(lines, previousEnd), values));
        previousEnd = parser.getCurrentLineNumber();
      }
      if (rows.isEmpty()) {
        throw new ImportRejectedException(List.of(new ImportProblem(1, "berkas tidak berisi data")));
      }
      return rows;
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new ImportRejectedException(List.of(new ImportProblem(1, "berkas CSV tidak terbaca: " + e.getMessage())));
    }
  }

  /** The first non-blank line after the line where the previous record ended. */
  private static long firstLineAfter(List<String> lines, long previousEnd) {
    long line = previousEnd + 1;
    while (line <= lines.size() && lines.get((int) line - 1).isBlank()) {
      line++;
    }
    return line;
  }

  private static long count(String s, char c) {
    return s.chars().filter(ch -> ch == c).count();
  }
}
