package id.kinerja.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDownloadTest {

  @Test
  void everyCellIsQuotedAndFormulasArePlainText() {
    String csv = CsvDownload.of("x.csv", List.of("nama", "catatan"), List.of(
        List.of("=HYPERLINK(\"http://evil\",\"klik\")", "+62 812"),
        List.of("-1", "@SUM(A1)"),
        List.of("\tTab", "\rCR"),
        List.of("Siti; \"Rahma\"", 12))).getBody();

    assertThat(csv).isEqualTo("\"nama\";\"catatan\"\r\n"
        + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"klik\"\")\";\"'+62 812\"\r\n"
        + "\"'-1\";\"'@SUM(A1)\"\r\n"
        + "\"'\tTab\";\"'\rCR\"\r\n"
        + "\"Siti; \"\"Rahma\"\"\";\"12\"\r\n");
  }
}
