package id.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.jupiter.api.Test;

/**
 * Every executable BPMN in {@code processes/} must have at least 90% of its flow nodes and sequence
 * flows covered by the whole suite. Runs in its own surefire execution after the other tests, merges
 * their per-class coverage reports and writes the combined report to
 * {@code target/process-test-coverage/all/report.html}.
 */
class ProcessCoverageGateTest {

  static final double MINIMUM = 0.9;

  @Test
  void everyBpmnIsCoveredAtLeastNinetyPercent() throws IOException {
    Path root = Path.of(CoverageReportUtil.TARGET_DIR_ROOT);
    List<Path> reports;
    try (Stream<Path> classes = Files.list(root)) {
      reports = classes.filter(dir -> !dir.getFileName().toString().equals("all"))
          .map(dir -> dir.resolve("report.json")).filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(reports).as("coverage reports of the test classes in %s", root.toAbsolutePath()).isNotEmpty();
    String combined = reports.stream().map(ProcessCoverageGateTest::read)
        .reduce(CoverageStateJsonExporter::combineCoverageStateResults).orElseThrow();
    CoverageStateResult result = CoverageStateJsonExporter.readCoverageStateResult(combined);
    Path all = root.resolve("all");
    CoverageReportUtil.writeReport(combined, false, all.toFile(), "report.json", json -> json);
    CoverageReportUtil.writeReport(combined, true, all.toFile(), "report.html", CoverageReportUtil::generateHtml);

    Map<String, Double> coverage = new TreeMap<>();
    for (Model model : result.getModels()) {
      coverage.put(model.getKey(), result.calculateCoverage(model));
    }
    coverage.forEach((key, value) -> System.out.printf("Process coverage %-28s %5.1f%%%n", key, value * 100));
    SoftAssertions softly = new SoftAssertions();
    for (String process : executableProcesses()) {
      softly.assertThat(coverage.get(process)).as("coverage of %s (run by no test?)", process)
          .isNotNull().isGreaterThanOrEqualTo(MINIMUM);
    }
    softly.assertAll();
  }

  private static Set<String> executableProcesses() throws IOException {
    Set<String> ids = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          Bpmn.readModelFromStream(in).getModelElementsByType(Process.class).stream()
              .filter(Process::isExecutable).map(Process::getId).forEach(ids::add);
        }
      }
    }
    return ids;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
