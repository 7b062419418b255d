package id.kinerja.security;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.process.ModelContract;
import id.kinerja.process.TaskForm;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The checks of {@link EngineApiGuard} that look into the engine: the task's form, the started
 * process's contract, a deployment's records, the caller's right to read variables. They run as
 * the server (no caller is set on the engine yet) and refuse in Bahasa Indonesia.
 */
@Component
class EngineApiChecks {

  record Caller(String user, List<String> groups) {
    boolean isAdmin() {
      return groups.contains(Groups.CAMUNDA_ADMIN);
    }
  }

  private final ModelContract contract;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final FormService formService;
  private final AuthorizationService authorizationService;

  EngineApiChecks(ModelContract contract, TaskService taskService, RepositoryService repositoryService,
      RuntimeService runtimeService, HistoryService historyService, FormService formService,
      AuthorizationService authorizationService) {
    this.contract = contract;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.formService = formService;
    this.authorizationService = authorizationService;
  }

  /** The task a {@code /task/{id}/...} call names, with its form; null for other calls or a task that is gone. */
  Task taskOf(EngineApiCall call) {
    return call.cockpitPlugin() || !call.first().equals("task") || call.segment(1).isEmpty() ? null
        : taskService.createTaskQuery().taskId(call.segment(1)).initializeFormKeys().singleResult();
  }

  /** Why the call may not go on, or null; {@code task} is {@link #taskOf} the call. */
  EngineApiGuard.Refusal refusal(EngineApiCall call, Caller caller, Map<String, String[]> parameters, JsonNode body,
      Task task) {
    if (EngineApiRules.isCompletion(call) && task != null) {
      Set<String> undeclared = undeclaredInCompletion(task, body);
      if (!undeclared.isEmpty()) {
        return invalid("Isian berikut tidak diterima oleh tugas ini: " + String.join(", ", undeclared)
            + ". Tugas ini hanya menerima isian formulirnya; tidak ada yang disimpan dan tugas tetap terbuka.");
      }
    }
    if (!call.reads() && !caller.isAdmin()) {
      if (!EngineApiRules.mayWrite(call, caller.user())) {
        return forbidden("Tindakan ini hanya boleh dilakukan administrator. Data penilaian hanya berubah melalui"
            + " formulir tugas Anda.");
      }
      EngineApiGuard.Refusal refusal = EngineApiRules.isStart(call) ? startRefusal(call, body)
          : EngineApiRules.isDeploymentDeletion(call) ? deletionRefusal(call.segment(1), parameters)
          : call.last().equals("claim") && (body == null || !caller.user().equals(body.path("userId").asText()))
              ? forbidden("Tugas hanya dapat diambil untuk diri sendiri.") : null;
      if (refusal != null) {
        return refusal;
      }
    }
    if ((call.reads() || EngineApiRules.isQuery(call)) && EngineApiRules.filtersByVariableValue(call, parameters, body)
        && !mayReadVariables(caller, EngineApiRules.readsHistory(call))) {
      return forbidden("Penyaringan menurut nilai variabel hanya bagi yang berhak membaca variabel penilaian; "
          + "cari menurut NIP, tahun atau kunci bisnis.");
    }
    return null;
  }

  /** The process instance the call changes, if it names one, for the audit trail. */
  String instanceOf(EngineApiCall call, Task task) {
    String id = call.segment(1);
    return switch (call.first()) {
      case "task" -> task == null ? null : task.getProcessInstanceId();
      case "process-instance" -> id.isEmpty() ? null : id;
      case "execution" -> {
        Execution execution = id.isEmpty() ? null : runtimeService.createExecutionQuery().executionId(id).singleResult();
        yield execution == null ? null : execution.getProcessInstanceId();
      }
      default -> null;
    };
  }

  private Set<String> undeclaredInCompletion(Task task, JsonNode body) {
    CamundaFormRef form = task.getCamundaFormRef();
    TaskForm declared = form == null ? null : contract.form(form.getKey()).orElse(null);
    return SubmittedVariables.undeclared(body, declared);
  }

  private EngineApiGuard.Refusal startRefusal(EngineApiCall call, JsonNode body) {
    if (body != null && (body.path("startInstructions").size() > 0 || body.path("skipCustomListeners").asBoolean(false)
        || body.path("skipIoMappings").asBoolean(false))) {
      return forbidden("Memulai proses dari aktivitas tertentu atau tanpa listener hanya boleh dilakukan administrator.");
    }
    ProcessDefinition definition = definitionOf(call);
    if (definition == null) {
      return null;
    }
    CamundaFormRef startForm = formService.getStartFormData(definition.getId()).getCamundaFormRef();
    Set<String> undeclared = SubmittedVariables.undeclared(body,
        contract.startVariables(definition.getKey(), startForm == null ? null : startForm.getKey()));
    return undeclared.isEmpty() ? null : invalid("Isian berikut tidak diterima saat memulai proses " + definition.getKey()
        + ": " + String.join(", ", undeclared) + ".");
  }

  private ProcessDefinition definitionOf(EngineApiCall call) {
    if (call.segment(1).equals("key")) {
      var query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(call.segment(2)).latestVersion();
      return call.segment(3).equals("tenant-id") ? query.tenantIdIn(call.segment(4)).singleResult()
          : query.withoutTenantId().singleResult();
    }
    return repositoryService.createProcessDefinitionQuery().processDefinitionId(call.segment(1)).singleResult();
  }

  /** A deployment that holds records (instances, history, decisions) stays; its deletion is an administrator's. */
  private EngineApiGuard.Refusal deletionRefusal(String deploymentId, Map<String, String[]> parameters) {
    if (List.of(parameters.getOrDefault("cascade", new String[0])).contains("true")) {
      return forbidden("Menghapus deployment beserta instans dan riwayatnya (cascade) hanya boleh dilakukan administrator.");
    }
    long records = 0;
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().deploymentId(deploymentId).list()) {
      records += historyService.createHistoricProcessInstanceQuery().processDefinitionId(definition.getId()).count();
    }
    for (var decision : repositoryService.createDecisionDefinitionQuery().deploymentId(deploymentId).list()) {
      records += historyService.createHistoricDecisionInstanceQuery().decisionDefinitionId(decision.getId()).count();
    }
    return records == 0 ? null : forbidden("Deployment ini tidak dapat dihapus: " + records + " instans proses atau"
        + " keputusan (berjalan atau dalam riwayat) memakainya. Hanya administrator yang dapat menghapusnya.");
  }

  private boolean mayReadVariables(Caller caller, boolean history) {
    return authorizationService.isUserAuthorized(caller.user(), caller.groups(),
        history ? ProcessDefinitionPermissions.READ_HISTORY_VARIABLE : ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
        Resources.PROCESS_DEFINITION, Authorization.ANY);
  }

  private static EngineApiGuard.Refusal invalid(String message) {
    return new EngineApiGuard.Refusal(400, "InvalidRequestException", message);
  }

  private static EngineApiGuard.Refusal forbidden(String message) {
    return new EngineApiGuard.Refusal(403, "AuthorizationException", message);
  }
}
