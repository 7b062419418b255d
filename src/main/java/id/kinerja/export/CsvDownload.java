package id.kinerja.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A CSV file for a spreadsheet: semicolon separated (as Indonesian Excel expects), every cell in
 * quotes, and a cell that a spreadsheet would read as a formula ({@code = + - @}, tab, CR) made
 * plain text with a leading apostrophe, so a name like {@code =HYPERLINK(...)} stays a name.
 */
public final class CsvDownload {

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setDelimiter(';').setQuoteMode(QuoteMode.ALL).setRecordSeparator("\r\n").get();

  private CsvDownload() {}

  public static ResponseEntity<String> of(String fileName, List<String> header, List<List<?>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(header);
      for (List<?> row : rows) {
        printer.printRecord(row.stream().map(CsvDownload::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
        .body(out.toString());
  }

  static String cell(Object value) {
    String text = value == null ? "" : value.toString();
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
