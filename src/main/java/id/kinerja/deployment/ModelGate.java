package id.kinerja.deployment;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import id.kinerja.process.ModelRefused;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks every new deployment, whatever its path (start-up, REST, Camunda Modeler, Cockpit), with
 * {@link ModelCheck} before anything of it is parsed or stored: a deployer that runs first and
 * refuses the whole deployment with every problem. Deployments already stored, parsed again into
 * the cache after a restart, are not checked again: they ran before.
 */
@Component
class ModelGate extends AbstractProcessEnginePlugin {

  private final ModelCheck check;
  /** Looked up when a deployment comes: the trail needs the engine this plugin helps to build. */
  private final ObjectProvider<AuditTrail> audit;

  ModelGate(ModelCheck check, ObjectProvider<AuditTrail> audit) {
    this.check = check;
    this.audit = audit;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = new ArrayList<>();
    deployers.add(this::check);
    if (configuration.getCustomPreDeployers() != null) {
      deployers.addAll(configuration.getCustomPreDeployers());
    }
    configuration.setCustomPreDeployers(deployers);
  }

  private void check(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Map<String, byte[]> resources = new LinkedHashMap<>();
    deployment.getResources().values().forEach((ResourceEntity r) -> resources.put(r.getName(), r.getBytes()));
    List<String> problems = check.check(resources);
    if (!problems.isEmpty()) {
      throw new ModelRefused(problems);
    }
    audit.getObject().record(AuditTrail.Event.of(AuditAction.MODEL_DIDEPLOY, deployment.getName(),
        Map.of("sumber", String.valueOf(deployment.getSource()), "berkas", List.copyOf(resources.keySet()))));
  }
}
