package id.kinerja.organisation.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

  /**
   * The uploaded bytes as UTF-8 text. Bytes that are not UTF-8 (a file saved as Latin-1 or
   * Windows-1252) are refused with their line number rather than read as replacement characters
   * that would end up in names.
   */
  public static String decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new ImportRejectedException(List.of(new ImportProblem(lineAt(bytes, in.position()),
          "berkas bukan UTF-8 (byte ke-" + (in.position() + 1) + " tidak sah, mungkin Latin-1 atau Windows-1252):"
              + " simpan ulang sebagai \"CSV UTF-8\"")));
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  private static long lineAt(byte[] bytes, int position) {
    long line = 1;
    for (int i = 0; i < position; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

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
