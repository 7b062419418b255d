package id.kinerja.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Puts a completed task on the audit trail with the values its form's fields hold after every
 * check passed: who, when, from where, which task of which appraisal. Runs last among the task's
 * end listeners, in the completion's transaction, so a refused completion leaves no record here.
 */
@Component
class CompletionRecord {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelContract contract;
  private final AuditTrail audit;

  CompletionRecord(ModelContract contract, AuditTrail audit) {
    this.contract = contract;
    this.audit = audit;
  }

  void record(DelegateExecution execution) {
    String formId = execution.getBpmnModelElementInstance() instanceof UserTask task ? task.getCamundaFormRef() : null;
    Map<String, Object> values = new LinkedHashMap<>();
    contract.form(formId).ifPresent(form -> form.fields().keySet().stream().sorted()
        .forEach(field -> values.put(field, plain(execution.getVariable(field)))));
    String target = execution.getProcessDefinitionId().split(":")[0] + "/" + execution.getCurrentActivityId();
    audit.record(AuditTrail.Event.of(AuditAction.TUGAS_DISELESAIKAN, target, values)
        .aboutInstance(execution.getProcessInstanceId()));
  }

  private static Object plain(Object value) {
    try {
      return value instanceof SpinJsonNode json ? JSON.readTree(json.toString())
          : value instanceof Date date ? date.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime().toString()
          : value;
    } catch (IOException e) {
      return value.toString();
    }
  }
}
