package id.kinerja.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner deploying as Camunda Modeler does, one hostile construct per model: each is
 * refused with 400 naming the element and the rule, and nothing of it is deployed. The project's
 * own models pass, and so does a Modeler deployment of an allowed change.
 */
@KinerjaSpringTest
class HostileModelTest {

  private static final String NAME = "uji-model-berbahaya";

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  ModelCheck check;

  @AfterEach
  void removeAllowedDeployments() {
    repositoryService.createDeploymentQuery().deploymentName(NAME).list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  static Stream<Arguments> hostileModels() {
    return Stream.of(
        Arguments.of("script task", bpmn("<bpmn:scriptTask id=\"Task_X\" scriptFormat=\"javascript\">"
            + "<bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script></bpmn:scriptTask>"), "'Task_X': script task"),
        Arguments.of("script execution listener", bpmn(task("<camunda:executionListener event=\"start\">"
            + "<camunda:script scriptFormat=\"groovy\">'id'.execute()</camunda:script></camunda:executionListener>")), "skrip tidak diizinkan"),
        Arguments.of("script task listener", bpmn(userTask("<camunda:taskListener event=\"create\">"
            + "<camunda:script scriptFormat=\"javascript\">1</camunda:script></camunda:taskListener>")), "skrip tidak diizinkan"),
        Arguments.of("external script resource", bpmn(task("<camunda:executionListener event=\"start\">"
            + "<camunda:script scriptFormat=\"groovy\" resource=\"deployment://x.groovy\" /></camunda:executionListener>")), "skrip tidak diizinkan"),
        Arguments.of("script condition", bpmnWithCondition("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\""
            + " language=\"javascript\">true</bpmn:conditionExpression>"), "kondisi atau ekspresi berupa skrip"),
        Arguments.of("script input mapping", bpmn(task("<camunda:inputOutput><camunda:inputParameter name=\"x\">"
            + "<camunda:script scriptFormat=\"javascript\">1</camunda:script></camunda:inputParameter></camunda:inputOutput>")), "skrip tidak diizinkan"),
        Arguments.of("unlisted class", bpmn("<bpmn:serviceTask id=\"Task_X\" camunda:class=\"org.camunda.bpm.engine.impl.bpmn.behavior.NoneEndEventActivityBehavior\" />"),
            "bukan delegate proyek yang terdaftar"),
        Arguments.of("unlisted listener class", bpmn(task("<camunda:executionListener event=\"start\" class=\"java.lang.Object\" />")),
            "kelas 'java.lang.Object' bukan delegate proyek"),
        Arguments.of("engine service", bpmn("<bpmn:serviceTask id=\"Task_X\" camunda:expression=\"${identityService.createMembership('199001172019031002', 'camunda-admin')}\" />"),
            "'identityService.createMembership(...)' bukan metode bean yang terdaftar"),
        Arguments.of("engine service as delegate", bpmn("<bpmn:serviceTask id=\"Task_X\" camunda:delegateExpression=\"${runtimeService}\" />"),
            "bean 'runtimeService' tidak boleh dipakai"),
        Arguments.of("reflection", bpmn("<bpmn:serviceTask id=\"Task_X\" camunda:expression=\"${''.getClass().forName('java.lang.Runtime')}\" />"),
            "ekspresi"),
        Arguments.of("static call", bpmn("<bpmn:serviceTask id=\"Task_X\" camunda:expression=\"${Runtime.getRuntime()}\" />"),
            "'Runtime.getRuntime(...)' bukan metode bean"),
        Arguments.of("method on a variable", bpmn("<bpmn:serviceTask id=\"Task_X\" camunda:expression=\"${execution.getProcessEngineServices()}\" />"),
            "'execution.getProcessEngineServices(...)' bukan metode bean"),
        Arguments.of("property access", bpmnWithCondition("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${nip.bytes != null}</bpmn:conditionExpression>"),
            "akses properti 'nip.bytes'"),
        Arguments.of("bracket access", bpmnWithCondition("<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${execution['processEngine']}</bpmn:conditionExpression>"),
            "tidak diizinkan"),
        Arguments.of("EL function", bpmn("<bpmn:serviceTask id=\"Task_X\" camunda:expression=\"${S(nip).prop('x')}\" />"),
            "pemanggilan fungsi 'S(...)'"),
        Arguments.of("unlisted method of a project bean", bpmn("<bpmn:serviceTask id=\"Task_X\" camunda:expression=\"${appraisalRepository.setPredicate(1, 'SANGAT_BAIK')}\" />"),
            "'appraisalRepository.setPredicate(...)' bukan metode bean"),
        Arguments.of("data source", bpmn("<bpmn:serviceTask id=\"Task_X\" camunda:expression=\"${deadlines.format(dataSource)}\" />"),
            "bean 'dataSource' tidak boleh dipakai"),
        Arguments.of("Activiti's old namespace", bpmn("<bpmn:serviceTask id=\"Task_X\" xmlns:activiti=\"http://activiti.org/bpmn\""
            + " activiti:expression=\"${identityService.deleteUser('admin')}\" />"), "'identityService.deleteUser(...)' bukan metode bean"),
        Arguments.of("connector", bpmn(task("<camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>")),
            "konektor tidak diizinkan"),
        Arguments.of("embedded form", bpmn("<bpmn:userTask id=\"Task_X\" camunda:formKey=\"embedded:deployment:x.html\" />"),
            "camunda:formKey tidak diizinkan"),
        Arguments.of("undeclared form", bpmn("<bpmn:userTask id=\"Task_X\" camunda:formRef=\"formulir-palsu\" />"),
            "formulir 'formulir-palsu' tidak dideklarasikan"),
        Arguments.of("variable mapping delegate", bpmn("<bpmn:callActivity id=\"Task_X\" calledElement=\"x\" camunda:variableMappingClass=\"java.lang.Object\" />"),
            "atribut camunda:variableMappingClass tidak diizinkan"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileModels")
  void aHostileModelIsRefusedNamingTheElementAndTheRule(String construct, String model, String rule) {
    HttpResponse<String> answer = deploy(Map.of("uji.bpmn", model));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("Model ditolak", "uji.bpmn", rule);
    assertThat(repositoryService.createDeploymentQuery().deploymentName(NAME).count()).isZero();
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("uji-berbahaya").count()).isZero();
  }

  @Test
  void aDecisionTableInAnotherLanguageIsRefused() {
    String dmn = """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="x">
          <decision id="uji-keputusan" name="Uji"><decisionTable id="t">
            <input id="i"><inputExpression id="e" typeRef="string" expressionLanguage="javascript"><text>java.lang.System.exit(1)</text></inputExpression></input>
            <output id="o" name="hasil" typeRef="string" />
            <rule id="r"><inputEntry id="ie"><text>-</text></inputEntry><outputEntry id="oe" expressionLanguage="juel"><text>${identityService}</text></outputEntry></rule>
          </decisionTable></decision>
        </definitions>""";

    HttpResponse<String> answer = deploy(Map.of("uji.dmn", dmn));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("bahasa ekspresi 'javascript' tidak diizinkan", "bahasa ekspresi 'juel' tidak diizinkan");
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("uji-keputusan").count()).isZero();
  }

  @Test
  void aFormWithAFieldNotDeclaredOrAPageInsideIsRefused() {
    String form = """
        {"id":"tinjau-hasil","type":"default","components":[
          {"id":"a","key":"ajukanKeberatan","type":"radio","values":[]},
          {"id":"b","key":"alasanKeberatan","type":"textarea"},
          {"id":"c","key":"predikatKinerja","type":"textfield"},
          {"id":"d","type":"iframe","url":"https://contoh.example"}]}""";

    HttpResponse<String> answer = deploy(Map.of("forms/tinjau-hasil.form", form, "halaman.html", "<script>alert(1)</script>"));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("isian formulir 'tinjau-hasil'", "predikatKinerja", "komponen 'iframe' tidak diizinkan",
        "halaman.html: jenis berkas tidak diizinkan");
  }

  @Test
  void aProjectProcessReadingAnUndeclaredVariableIsRefused() {
    String model = new String(ModelDeployer.modelsOnClasspath().get("processes/konfirmasi-data-pegawai.bpmn"),
        StandardCharsets.UTF_8).replace("${dataTerkonfirmasi}", "${predikatPalsu}");

    HttpResponse<String> answer = deploy(Map.of("konfirmasi-data-pegawai.bpmn", model));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("variabel 'predikatPalsu' tidak dideklarasikan untuk proses konfirmasi-data-pegawai");
  }

  @Test
  void theProjectsOwnModelsPass() {
    assertThat(check.check(ModelDeployer.modelsOnClasspath())).isEmpty();
  }

  @Test
  void aModelerDeploymentOfAnAllowedChangeIsAccepted() {
    String model = new String(ModelDeployer.modelsOnClasspath().get("processes/konfirmasi-data-pegawai.bpmn"),
        StandardCharsets.UTF_8).replace("name=\"Konfirmasi data kepegawaian\"", "name=\"Periksa data kepegawaian Anda\"");
    long before = repositoryService.createProcessDefinitionQuery().processDefinitionKey("konfirmasi-data-pegawai").count();

    HttpResponse<String> answer = deploy(Map.of("konfirmasi-data-pegawai.bpmn", model));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("konfirmasi-data-pegawai").count())
        .isEqualTo(before + 1);
  }

  private HttpResponse<String> deploy(Map<String, String> files) {
    String boundary = "uji-model-boundary";
    StringBuilder body = new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
        + NAME + "\r\n");
    files.forEach((name, content) -> body.append("--").append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"; filename=\"").append(name)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n").append(content).append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    Http http = Http.demoUser(port, DemoUsers.PROCESS_OWNER);
    return http.send(http.request("/engine-rest/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
  }

  private static String task(String extensions) {
    return "<bpmn:serviceTask id=\"Task_X\" camunda:expression=\"${deadlines.format(nip)}\"><bpmn:extensionElements>"
        + extensions + "</bpmn:extensionElements></bpmn:serviceTask>";
  }

  private static String userTask(String extensions) {
    return "<bpmn:userTask id=\"Task_X\"><bpmn:extensionElements>" + extensions + "</bpmn:extensionElements></bpmn:userTask>";
  }

  private static String bpmn(String element) {
    return definitions("<bpmn:startEvent id=\"Start\" />" + element + "<bpmn:endEvent id=\"End\" />"
        + "<bpmn:sequenceFlow id=\"F1\" sourceRef=\"Start\" targetRef=\"Task_X\" />"
        + "<bpmn:sequenceFlow id=\"F2\" sourceRef=\"Task_X\" targetRef=\"End\" />");
  }

  private static String bpmnWithCondition(String condition) {
    return definitions("<bpmn:startEvent id=\"Start\" /><bpmn:exclusiveGateway id=\"Gateway_X\" default=\"F3\" />"
        + "<bpmn:endEvent id=\"End\" /><bpmn:sequenceFlow id=\"F1\" sourceRef=\"Start\" targetRef=\"Gateway_X\" />"
        + "<bpmn:sequenceFlow id=\"Flow_X\" sourceRef=\"Gateway_X\" targetRef=\"End\">" + condition + "</bpmn:sequenceFlow>"
        + "<bpmn:sequenceFlow id=\"F3\" sourceRef=\"Gateway_X\" targetRef=\"End\" />");
  }

  private static String definitions(String content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        + " id=\"Def\" targetNamespace=\"https://kinerja.id/uji\"><bpmn:process id=\"uji-berbahaya\" isExecutable=\"true\""
        + " camunda:historyTimeToLive=\"P1D\">" + content + "</bpmn:process></bpmn:definitions>";
  }
}
