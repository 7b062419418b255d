package id.kinerja.organisation.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

  private static final List<String> COLUMNS = List.of("nip", "nama");

  @Test
  void readsCommaSeparatedRowsWithQuotedCommasAndSpreadsheetLineNumbers() {
    List<CsvRow> rows = CsvFile.read("""
        nip,nama
        198609262015051001,"Rizky Pratama, S.Psi."

        199001172019031002,Dimas Saputra
        """, COLUMNS);

    assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L);
    assertThat(rows.get(0).get("nama")).isEqualTo("Rizky Pratama, S.Psi.");
  }

  @Test
  void readsSemicolonSeparatedFilesWithAByteOrderMarkAsExcelWritesThem() {
    List<CsvRow> rows = CsvFile.read("\uFEFFnip;nama\r\n198609262015051001;Rizky, S.Psi.\r\n", COLUMNS);

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.line()).isEqualTo(2);
      assertThat(row.get("nama")).isEqualTo("Rizky, S.Psi.");
    });
  }

  @Test
  void countsLinesOfValuesThatSpanLines() {
    List<CsvRow> rows = CsvFile.read("nip,nama\n1,\"two\nlines\"\n2,after\n", COLUMNS);

    assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 4L);
  }

  @Test
  void namesMissingColumns() {
    assertThatThrownBy(() -> CsvFile.read("nip,name\n1,x\n", COLUMNS))
        .isInstanceOfSatisfying(ImportRejectedException.class, e ->
            assertThat(e.problems()).singleElement().satisfies(p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).contains("nama");
            }));
  }

  @Test
  void refusesAFileWithoutData() {
    assertThatThrownBy(() -> CsvFile.read("nip,nama\n", COLUMNS))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining("1 baris bermasalah");
  }

  @Test
  void emptyCellsReadAsNull() {
    assertThat(CsvFile.read("nip,nama\n1,  \n", COLUMNS).get(0).get("nama")).isNull();
  }
}
