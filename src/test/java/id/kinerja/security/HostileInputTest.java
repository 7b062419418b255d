package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.appraisal.AppraisalDriver;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile and bad input through the real HTTP API, sent by the real owner of each task: every kind
 * is answered 4xx naming the field, the task stays open, and the domain tables and the process
 * variables are exactly as before.
 */
@KinerjaSpringTest
class HostileInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TEN_MEGABYTES = "a".repeat(10 * 1024 * 1024);
  private static final String SQL = "Catatan'); drop table kinerja.plan_review;-- ' or '1'='1";
  /** The reviewer's answer that returns the SKP with a note: a valid completion of the review. */
  private static final Map<String, Object> RETURN_FOR_FIX =
      values(Map.of("keputusanSkp", "KEMBALIKAN", "catatanAtasan", "Mohon perbaiki target"));
  private static final String HTML = "<img src=x onerror=\"window.kinerjaXss=1\"><script>window.kinerjaXss=1</script><b>bold</b>";

  @LocalServerPort
  int port;
  @Autowired
  AppraisalDriver driver;
  @Autowired
  JdbcClient jdbc;

  // ---- SKP draft (employee)

  @Test
  void aTenMegabyteRhkDescriptionIsRefusedAndNothingIsStored() {
    Draft draft = draft();
    Map<String, Object> row = draft.row();
    row.put("uraian", TEN_MEGABYTES);

    assertRefused(DemoUsers.STAFF, draft.task, draft.instance, rhk(row), 400, "Rencana hasil kerja paling banyak 1000 karakter");
  }

  @Test
  void anSkpOfTenThousandRhkIsRefusedBeforeAnyRowIsRead() {
    Draft draft = draft();

    assertRefused(DemoUsers.STAFF, draft.task, draft.instance, rhk(Collections.nCopies(10_000, draft.row())), 400,
        "Rencana hasil kerja paling banyak 30 baris");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "0", "1000000000000", "abc", "NaN", "Infinity", "1e999999999", "12; drop table x"})
  void negativeAbsurdAndNonNumericTargetsAreRefused(String target) {
    Draft draft = draft();
    Map<String, Object> row = draft.row();
    row.put("targetKuantitas", target);

    assertRefused(DemoUsers.STAFF, draft.task, draft.instance, rhk(row), 400, "Target kuantitas");
  }

  @Test
  void aNegativeQualityTargetSentAsNumberIsRefused() {
    Draft draft = draft();
    Map<String, Object> row = draft.row();
    row.put("targetKualitas", -1);

    assertRefused(DemoUsers.STAFF, draft.task, draft.instance, rhk(row), 400, "Target kualitas (%) harus antara 0 dan 100");
  }

  @Test
  void anUnknownRhkKindIsRefused() {
    Draft draft = draft();
    Map<String, Object> row = draft.row();
    row.put("jenis", "RAHASIA");

    assertRefused(DemoUsers.STAFF, draft.task, draft.instance, rhk(row), 400, "Jenis RHK: nilai 'RAHASIA' tidak dikenal");
  }

  @Test
  void sqlMetacharactersInAnRhkAreStoredLiterally() {
    Draft draft = draft();
    Map<String, Object> row = draft.row();
    row.put("uraian", SQL);

    assertThat(complete(DemoUsers.STAFF, draft.task, rhk(row)).statusCode()).isEqualTo(204);
    assertThat(jdbc.sql("select description from kinerja.planned_result where appraisal_id = ?")
        .param(appraisalId(draft.instance)).query(String.class).list()).containsExactly(SQL);
    assertThat(jdbc.sql("select count(*) from kinerja.plan_review").query(Long.class).single()).isNotNull();
  }

  @Test
  void anEmployeeCannotPointTheirSkpAtAnotherAppraisal() {
    Draft victim = draft(DemoUsers.OTHER_STAFF);
    Draft draft = draft(DemoUsers.STAFF, victim.year);
    Map<String, Object> answers = new LinkedHashMap<>(rhk(draft.row()));
    answers.put("penilaianId", Map.of("value", appraisalId(victim.instance)));

    assertRefused(DemoUsers.STAFF, draft.task, draft.instance, answers, 400, "tidak diterima oleh tugas ini: penilaianId");
  }

  // ---- SKP review (supervisor)

  @Test
  void aTenMegabyteReturnNoteIsRefusedAndNothingIsStored() {
    Review review = review();

    assertRefused(DemoUsers.LURAH, review.task, review.instance,
        values(Map.of("keputusanSkp", "KEMBALIKAN", "catatanAtasan", TEN_MEGABYTES)), 400,
        "Isian catatanAtasan paling banyak 4000 karakter");
  }

  @Test
  void aReturnNoteOverItsLimitIsRefusedWithTheFormLabel() {
    Review review = review();

    assertRefused(DemoUsers.LURAH, review.task, review.instance,
        values(Map.of("keputusanSkp", "KEMBALIKAN", "catatanAtasan", "x".repeat(2001))), 400,
        "Catatan untuk pegawai paling banyak 2000 karakter");
  }

  @Test
  void aTenMegabyteFieldTheFormDoesNotHaveIsRefused() {
    Review review = review();

    HttpResponse<String> answer = assertRefused(DemoUsers.LURAH, review.task, review.instance,
        values(Map.of("keputusanSkp", "KEMBALIKAN", "catatanAtasan", "Mohon perbaiki target kuantitas",
            "lampiranTambahan", TEN_MEGABYTES)), 400, "tidak diterima oleh tugas ini: lampiranTambahan");
    assertThat(answer.body()).doesNotContain("aaaaaaaaaa");
  }

  @Test
  void aDecisionValueNotOfferedIsRefused() {
    Review review = review();

    assertRefused(DemoUsers.LURAH, review.task, review.instance,
        values(Map.of("keputusanSkp", "HAPUS_SEMUA", "catatanAtasan", "Mohon perbaiki target kuantitas")), 400,
        "Keputusan: nilai 'HAPUS_SEMUA' tidak dikenal");
  }

  @Test
  void htmlAndScriptInAReturnNoteAreStoredAsGiven() {
    Review review = review();

    assertThat(complete(DemoUsers.LURAH, review.task,
        values(Map.of("keputusanSkp", "KEMBALIKAN", "catatanAtasan", HTML))).statusCode()).isEqualTo(204);
    assertThat(jdbc.sql("select notes from kinerja.plan_review where appraisal_id = ?").param(appraisalId(review.instance))
        .query(String.class).list()).containsExactly(HTML);
    assertThat(driver.variable(review.instance, "catatanPengembalian")).isEqualTo(HTML);
  }

  @Test
  void aSecondCompletionOfTheSameTaskIsRefusedAndCountsOnce() {
    Review review = review();

    assertThat(complete(DemoUsers.LURAH, review.task, RETURN_FOR_FIX).statusCode()).isEqualTo(204);
    Map<String, Object> before = snapshot(review.instance);
    HttpResponse<String> second = complete(DemoUsers.LURAH, review.task, RETURN_FOR_FIX);

    assertThat(second.statusCode()).isIn(404, 409);
    assertThat(second.body()).contains(review.task.getId());
    assertThat(snapshot(review.instance)).isEqualTo(before);
    assertThat(reviews(review.instance)).isEqualTo(1);
  }

  /** Tasklist itself submits through the webapp's own copy of the engine API, not /engine-rest. */
  @Test
  void aSecondSubmissionFromTasklistIsRefusedInBahasaIndonesiaAndCountsOnce() {
    Review review = review();
    Supplier<HttpResponse<String>> submit = submitFromTasklist(review);

    assertThat(submit.get().statusCode()).isEqualTo(204);
    HttpResponse<String> second = submit.get();

    assertThat(second.statusCode()).as(second.body()).isEqualTo(404);
    assertThat(second.body()).contains("sudah diselesaikan", review.task.getId());
    assertThat(reviews(review.instance)).isEqualTo(1);
  }

  /** Repeated: the loser fails at different points (row lock, gone task, gone authorization). */
  @RepeatedTest(5)
  void twoConcurrentCompletionsOfTheSameTaskLetExactlyOneWin() throws Exception {
    Review review = review();

    assertExactlyOneOfTwoWins(review, () -> complete(DemoUsers.LURAH, review.task, RETURN_FOR_FIX));
  }

  /** A double click on Tasklist's "Complete" sends two submissions at once in one session. */
  @RepeatedTest(3)
  void twoConcurrentSubmissionsFromTasklistLetExactlyOneWin() throws Exception {
    Review review = review();

    assertExactlyOneOfTwoWins(review, submitFromTasklist(review));
  }

  private void assertExactlyOneOfTwoWins(Review review, Supplier<HttpResponse<String>> submit) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<HttpResponse<String>>> attempts = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      attempts.add(CompletableFuture.supplyAsync(() -> {
        await(start);
        return submit.get();
      }));
    }
    start.countDown();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> attempt : attempts) {
      answers.add(attempt.get());
    }

    assertThat(answers).extracting(HttpResponse::statusCode).containsOnlyOnce(204);
    assertThat(answers).filteredOn(answer -> answer.statusCode() != 204).singleElement()
        .satisfies(loser -> assertThat(loser.statusCode()).as(loser.body()).isIn(404, 409));
    assertThat(reviews(review.instance)).isEqualTo(1);
    assertThat(driver.tasks.createTaskQuery().processInstanceId(review.instance.getId())
        .taskDefinitionKey("Task_SusunSkp").count()).isEqualTo(1);
  }

  @Test
  void completingATaskOfAFinishedInstanceIsRefused() {
    Review review = review();
    driver.runtime.deleteProcessInstance(review.instance.getId(), "test: pegawai pindah instansi");

    HttpResponse<String> answer = complete(DemoUsers.LURAH, review.task,
        values(Map.of("keputusanSkp", "SETUJUI")));

    assertThat(answer.statusCode()).isIn(404, 409);
    assertThat(answer.body()).contains(review.task.getId());
    assertThat(reviews(review.instance)).isZero();
  }

  // ---- request size

  /** Only the headers are sent: the answer comes before any of the announced body. */
  @Test
  void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
    Review review = review();
    String headers = "POST /engine-rest/task/" + review.task.getId() + "/complete HTTP/1.1\r\nHost: localhost\r\n"
        + "Authorization: Basic " + Base64.getEncoder().encodeToString((DemoUsers.LURAH + ":" + Http.DEMO_PASSWORD).getBytes())
        + "\r\nContent-Type: application/json\r\nContent-Length: " + 17 * 1024 * 1024 + "\r\nConnection: close\r\n\r\n";

    StringBuilder answer = new StringBuilder();
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(headers.getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      for (int c; answer.indexOf("}") < 0 && (c = in.read()) >= 0; ) {
        answer.append((char) c);
      }
    }

    assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("Permintaan terlalu besar: paling banyak 16 MB");
    assertThat(driver.tasks.createTaskQuery().taskId(review.task.getId()).count()).as("task still open").isEqualTo(1);
  }

  /** Without a length (chunked) the body is read up to the limit only. */
  @Test
  void aChunkedBodyOverTheLimitIsRefused() {
    Review review = review();
    byte[] body = ("{\"variables\":{\"catatanAtasan\":{\"value\":\"" + "a".repeat(17 * 1024 * 1024) + "\"}}}")
        .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> answer = sendCompletion(review,
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(driver.tasks.createTaskQuery().taskId(review.task.getId()).count()).as("task still open").isEqualTo(1);
  }

  @Test
  void aChunkedBodyUnderTheLimitIsServedWhole() throws Exception {
    Review review = review();
    byte[] body = JSON.writeValueAsBytes(Map.of("variables", RETURN_FOR_FIX));

    HttpResponse<String> answer = sendCompletion(review,
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);
    assertThat(reviews(review.instance)).isEqualTo(1);
  }

  private HttpResponse<String> sendCompletion(Review review, HttpRequest.BodyPublisher body) {
    Http lurah = Http.demoUser(port, DemoUsers.LURAH);
    return lurah.send(lurah.request("/engine-rest/task/" + review.task.getId() + "/complete")
        .header("Content-Type", "application/json").POST(body));
  }

  // ---- NIP through the directory API and the engine REST

  @Test
  void anActingAppointmentWithAMalformedNipIsRefused() {
    long before = jdbc.sql("select count(*) from kinerja.acting_assignment").query(Long.class).single();

    HttpResponse<String> answer = Http.demoUser(port, DemoUsers.HR).postJson("/api/organisation/acting",
        "{\"positionCode\":\"LURAH-KOMPERTA\",\"nip\":\"1978'; delete from kinerja.employee;--\",\"kind\":\"PLT\","
            + "\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\"}");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("NIP");
    assertThat(jdbc.sql("select count(*) from kinerja.acting_assignment").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void anActingAppointmentWithAnUnknownKindIsRefused() {
    HttpResponse<String> answer = Http.demoUser(port, DemoUsers.HR).postJson("/api/organisation/acting",
        "{\"positionCode\":\"LURAH-KOMPERTA\",\"nip\":\"" + DemoUsers.SEKCAM + "\",\"kind\":\"RAJA\","
            + "\"startDate\":\"2026-01-01\",\"endDate\":\"2026-12-31\"}");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("kind");
  }

  @Test
  void startingAnAppraisalForAMalformedNipIsRefused() {
    int year = AppraisalDriver.newYear();
    long appraisals = jdbc.sql("select count(*) from kinerja.appraisal").query(Long.class).single();

    HttpResponse<String> answer = Http.demoUser(port, DemoUsers.HR).postJson(
        "/engine-rest/process-definition/key/penilaian-kinerja/start",
        "{\"businessKey\":\"12ab:" + year + "\",\"variables\":{\"nip\":{\"value\":\"12ab\"},\"tahun\":{\"value\":" + year + "}}}");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("NIP");
    assertThat(jdbc.sql("select count(*) from kinerja.appraisal").query(Long.class).single()).isEqualTo(appraisals);
  }

  @Test
  void anAppraisalWhoseBusinessKeyNamesSomeoneElseIsRefused() {
    int year = AppraisalDriver.newYear();

    HttpResponse<String> answer = Http.demoUser(port, DemoUsers.HR).postJson(
        "/engine-rest/process-definition/key/penilaian-kinerja/start", "{\"businessKey\":\"" + DemoUsers.OTHER_STAFF + ":"
            + year + "\",\"variables\":{\"nip\":{\"value\":\"" + DemoUsers.STAFF + "\"},\"tahun\":{\"value\":" + year + "}}}");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("kunci bisnis");
  }

  @Test
  void anEmployeeFileWithAMalformedNipNamesTheLineAndStoresNothing() {
    String csv = "nip,nama,golongan,jenis_asn,kode_jabatan,kode_unit,email\n"
        + "19950215202012200X,Uji NIP Rusak,III/a,PNS,STAF-PLAJU-ULU,KEL-PLAJU-ULU,\n";

    HttpResponse<String> answer = importEmployees(csv.getBytes(StandardCharsets.UTF_8), 422);

    assertThat(answer.body()).contains("\"line\":2").contains("NIP");
  }

  @Test
  void anEmployeeFileInLatin1NamesTheLineAndStoresNothing() {
    String csv = "nip,nama,golongan,jenis_asn,kode_jabatan,kode_unit,email\n"
        + "199001012020121001,Uji Baris Baik,III/a,PNS,STAF-PLAJU-ULU,KEL-PLAJU-ULU,\n"
        + "199002022020121002,Andr\u00e9 Pr\u00e4tama,III/a,PNS,STAF-PLAJU-ULU,KEL-PLAJU-ULU,\n";

    HttpResponse<String> answer = importEmployees(csv.getBytes(StandardCharsets.ISO_8859_1), 422);

    assertThat(answer.body()).contains("\"line\":3").contains("UTF-8");
    assertThat(jdbc.sql("select count(*) from kinerja.employee where nip in ('199001012020121001', '199002022020121002')")
        .query(Long.class).single()).isZero();
  }

  @Test
  void anEmployeeFileWithInvalidUtf8BytesNamesTheLine() {
    byte[] head = "nip,nama,golongan,jenis_asn,kode_jabatan,kode_unit,email\n199001012020121001,Uji ".getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",III/a,PNS,STAF-PLAJU-ULU,KEL-PLAJU-ULU,\n".getBytes(StandardCharsets.UTF_8);
    byte[] csv = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, csv, 0, head.length);
    csv[head.length] = (byte) 0xC3;
    csv[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, csv, head.length + 2, tail.length);

    HttpResponse<String> answer = importEmployees(csv, 422);

    assertThat(answer.body()).contains("\"line\":2").contains("UTF-8");
  }

  // ---- helpers

  private record Draft(ProcessInstance instance, Task task, int year, String parent) {
    Map<String, Object> row() {
      return new LinkedHashMap<>(AppraisalDriver.planRow(parent, "UTAMA"));
    }
  }

  private record Review(ProcessInstance instance, Task task) {}

  private Draft draft() {
    return draft(DemoUsers.STAFF, AppraisalDriver.newYear());
  }

  private Draft draft(String employee) {
    return draft(employee, AppraisalDriver.newYear());
  }

  private Draft draft(String employee, int year) {
    driver.approvedPlan(DemoUsers.LURAH, year);
    ProcessInstance instance = driver.start(employee, year);
    Task task = driver.task(instance, "Task_SusunSkp");
    return new Draft(instance, task, year, driver.firstParentOption(task));
  }

  private Review review() {
    Draft draft = draft();
    driver.complete(DemoUsers.STAFF, draft.task, driver.plan(draft.task));
    return new Review(draft.instance, driver.task(draft.instance, "Task_PeriksaSkp"));
  }

  private HttpResponse<String> assertRefused(String user, Task task, ProcessInstance instance, Map<String, Object> answers,
      int status, String field) {
    Map<String, Object> before = snapshot(instance);

    HttpResponse<String> answer = complete(user, task, answers);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.body()).contains(field);
    assertThat(driver.tasks.createTaskQuery().taskId(task.getId()).count()).as("task still open").isEqualTo(1);
    assertThat(snapshot(instance)).isEqualTo(before);
    return answer;
  }

  /** Every domain row of the appraisal's tables and every process variable of the instance. */
  private Map<String, Object> snapshot(ProcessInstance instance) {
    Map<String, Object> state = new LinkedHashMap<>();
    for (String table : List.of("appraisal", "performance_plan", "planned_result", "plan_review", "behaviour_expectation")) {
      state.put(table, jdbc.sql("select * from kinerja." + table + " order by 1").query().listOfRows().toString());
    }
    state.put("variables", String.valueOf(driver.runtime.getVariables(instance.getId())));
    return state;
  }

  private long appraisalId(ProcessInstance instance) {
    return ((Number) driver.variable(instance, "penilaianId")).longValue();
  }

  private long reviews(ProcessInstance instance) {
    return jdbc.sql("select count(*) from kinerja.plan_review r join kinerja.appraisal a on a.id = r.appraisal_id"
        + " where a.process_instance_id = ?").param(instance.getId()).query(Long.class).single();
  }

  private HttpResponse<String> complete(String user, Task task, Map<String, Object> variables) {
    return Http.demoUser(port, user).postJson("/engine-rest/task/" + task.getId() + "/complete",
        json(Map.of("variables", variables)));
  }

  /** The reviewer's submission of the review form as Tasklist sends it, in a logged-in browser session. */
  private Supplier<HttpResponse<String>> submitFromTasklist(Review review) {
    Http tasklist = Http.browserLogin(port, DemoUsers.LURAH, Http.DEMO_PASSWORD);
    tasklist.get("/camunda/app/tasklist/default/");
    String form = json(Map.of("variables", RETURN_FOR_FIX));
    return () -> tasklist.send(tasklist
        .request("/camunda/api/engine/engine/default/task/" + review.task.getId() + "/submit-form")
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", tasklist.camundaCsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private HttpResponse<String> importEmployees(byte[] csv, int status) {
    Map<String, Object> before = Map.of(
        "employees", jdbc.sql("select * from kinerja.employee order by 1").query().listOfRows().toString());
    Http hr = Http.demoUser(port, DemoUsers.HR);
    HttpResponse<String> answer = hr.send(hr.request("/api/organisation/employees")
        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(csv)));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(Map.of("employees", jdbc.sql("select * from kinerja.employee order by 1").query().listOfRows().toString()))
        .isEqualTo(before);
    return answer;
  }

  private static Map<String, Object> rhk(Map<String, Object> row) {
    return rhk(List.of(row));
  }

  /** The SKP form's answers with these RHK rows and a valid appendix. */
  private static Map<String, Object> rhk(List<Map<String, Object>> rows) {
    Map<String, Object> answers = new LinkedHashMap<>(Map.of("rhk", Map.of("value", json(rows), "type", "Json")));
    AppraisalDriver.appendix().forEach((name, value) -> answers.put(name, Map.of("value", value)));
    return answers;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> values(Map<String, Object> plain) {
    Map<String, Object> variables = new LinkedHashMap<>();
    plain.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
