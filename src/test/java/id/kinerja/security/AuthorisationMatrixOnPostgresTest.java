package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.PostgresDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Who may do what, checked cell by cell over HTTP against the running application on PostgreSQL
 * with the real security setup and the demo organisation. One row per action, one column per
 * actor ({@link MatrixActor}); docs/security.md shows the same table for auditors, and this test
 * fails when the two differ. The job executor is off so that the seeded appraisals stay where
 * they were put.
 */
class AuthorisationMatrixOnPostgresTest {

  private static final Path DOCUMENT = Path.of("docs/security.md");
  private static PostgresDatabase database;
  private static ConfigurableApplicationContext app;
  private static MatrixActions actions;

  private record Row(String action, Predicate<MatrixActor> attempt, String cells) {}

  //                                                                          employee
  //                                                                          | another employee
  //                                                                          | | supervisor
  //                                                                          | | | supervisor's supervisor
  //                                                                          | | | | HR
  //                                                                          | | | | | process owner
  //                                                                          | | | | | | manager
  //                                                                          | | | | | | | auditor
  //                                                                          | | | | | | | | anonymous
  //                                                                          | | | | | | | | | admin
  private static List<Row> matrix() {
    return List.of(
        new Row("list the employee's tasks", actions::listEmployeesTask,        "A D D D D D D D D A"),
        new Row("read the employee's task", actions::readEmployeesTask,         "A D D D D D D D D A"),
        new Row("read the supervisor's task", actions::readRatersTask,          "D D A D D D D D D A"),
        new Row("claim an HR task", actions::claimHrTask,                       "D D D D A D D D D A"),
        new Row("complete the employee's task", actions::completeEmployeesTask, "A D D D D D D D D A"),
        new Row("request a coaching dialogue on the employee's appraisal", actions::requestCoaching, "A D A D D D D D D D"),
        new Row("decide the employee's appeal", actions::decideAppeal,          "D D D A D D D D D A"),
        new Row("read variables of the employee's appraisal", actions::readVariables, "D D D D A D D D D A"),
        new Row("read history of the employee's appraisal", actions::readHistory,      "D D D A A A A D D A"),
        new Row("read variable history of the employee's appraisal", actions::readVariableHistory, "D D D D A D D D D A"),
        new Row("read the employee's evidence links", actions::readEvidence,   "D D A D A D D D D A"),
        new Row("start an appraisal", actions::startAppraisal,                  "D D D D A D D D D A"),
        new Row("cancel an appraisal", actions::cancelAppraisal,                "D D D D D D D D D A"),
        new Row("open a period", actions::openPeriod,                           "D D D D A D D D D A"),
        new Row("close a period", actions::closePeriod,                         "D D D D A D D D D A"),
        new Row("deploy a model", actions::deployModel,                         "D D D D D A D D D A"),
        new Row("evaluate a decision", actions::evaluateDecision,               "D D D D A A D D D A"),
        new Row("read the bottleneck view (API)", actions::readBottlenecks,     "D D D A A D A D D A"),
        new Row("read the bottleneck view (Cockpit)", actions::readBottlenecksInCockpit, "D D D A A D A D D A"),
        new Row("import employees", actions::importEmployee,                    "D D D D A D D D D A"),
        new Row("use Admin", actions::useAdmin,                                 "D D D D D D D D D A"),
        new Row("change the employee's task outside its form", actions::changeTaskOutsideItsForm, "D D D D D D D D D A"),
        new Row("filter appraisals by a variable's value", actions::filterByVariableValue, "D D D D A D D D D A"),
        new Row("delete a deployment that holds records", actions::deleteUsedDeployment, "D D D D D D D D D A"),
        new Row("suspend a process definition", actions::suspendDefinition,    "D D D D D D D D D A"),
        new Row("execute a job", actions::executeJob,                           "D D D D D D D D D A"),
        new Row("verify another person's password", actions::verifyPassword,   "D D D D D D D D D A"),
        new Row("change the employee's name and e-mail", actions::editProfile,  "D D D D D D D D D A"),
        new Row("read the audit trail", actions::readAuditTrail,                "D D D D A D D A D A"),
        new Row("read the employee's documents", actions::readDocuments,        "A D A A A D D D D A"),
        new Row("read the employee's appraisal in Penilaian Saya", actions::readStanding, "A D A A A D D D D A"),
        new Row("verify a document", actions::verifyDocument,                   "A A A A A A A A A A"),
        new Row("prepare a unit's documents as one ZIP", actions::bundleUnitDocuments, "D D D D A D D D D A"),
        new Row("list vacant posts", actions::listVacantPosts,                  "D D D D A D D D D A"),
        new Row("read the units carrying an organisation predicate", actions::readPredicateUnits, "D D D D A D D D D A"),
        new Row("read the demo clock", actions::readDemoClock,                  "D D D D D D D D D A"),
        new Row("open HR's screen", actions::openHrScreen,                      "D D D D A D D D D A"),
        new Row("open a period on HR's screen", actions::openPeriodOnHrScreen,  "D D D D A D D D D A"),
        new Row("close a period on HR's screen", actions::closePeriodOnHrScreen, "D D D D A D D D D A"),
        new Row("import employees on HR's screen", actions::importEmployeeOnHrScreen, "D D D D A D D D D A"));
  }

  @BeforeAll
  static void start() {
    database = PostgresDatabase.create();
    app = database.startApplication("--kinerja.demo.enabled=true", "--camunda.bpm.job-execution.enabled=false");
    actions = new MatrixActions(((WebServerApplicationContext) app).getWebServer().getPort(), app);
    actions.seed();
  }

  @AfterAll
  static void stop() throws Exception {
    PostgresDatabase.stop(app, database);
  }

  @TestFactory
  Stream<DynamicTest> everyCell() {
    return matrix().stream().flatMap(row -> Arrays.stream(MatrixActor.values()).map(actor -> {
      boolean allowed = expected(row).get(actor);
      return DynamicTest.dynamicTest(actor.title + " " + row.action() + ": " + (allowed ? "allow" : "deny"),
          () -> assertThat(row.attempt().test(actor)).as("%s may %s", actor.title, row.action()).isEqualTo(allowed));
    }));
  }

  @Test
  void theDocumentShowsTheSameMatrix() throws Exception {
    Map<String, String> documented = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(DOCUMENT);
    String header = lines.stream().filter(line -> line.startsWith("| action |")).findFirst().orElseThrow();
    assertThat(cells(header).subList(1, 1 + MatrixActor.values().length))
        .containsExactly(Arrays.stream(MatrixActor.values()).map(a -> a.title).toArray(String[]::new));
    for (String line : lines.subList(lines.indexOf(header) + 2, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      List<String> cells = cells(line);
      documented.put(cells.get(0), String.join(" ", cells.subList(1, 1 + MatrixActor.values().length)));
    }
    Map<String, String> tested = new LinkedHashMap<>();
    matrix().forEach(row -> tested.put(row.action(), row.cells().replace("A", "allow").replace("D", "deny")));
    assertThat(documented).containsExactlyEntriesOf(tested);
  }

  private static Map<MatrixActor, Boolean> expected(Row row) {
    String[] cells = row.cells().split(" ");
    assertThat(cells).as(row.action()).hasSize(MatrixActor.values().length);
    Map<MatrixActor, Boolean> expected = new LinkedHashMap<>();
    for (MatrixActor actor : MatrixActor.values()) {
      expected.put(actor, cells[actor.ordinal()].equals("A"));
    }
    return expected;
  }

  private static List<String> cells(String line) {
    return Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|")).map(String::strip).toList();
  }
}
