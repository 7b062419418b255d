package id.kinerja.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link CompletionGuard}s in front of the end listeners of every user task of every
 * deployed model, and the {@link CompletionRecord} behind them, so a model (or a process owner's
 * redeployment) cannot forget either.
 */
@Component
class CompletionGuards extends AbstractProcessEnginePlugin {

  private final ObjectProvider<CompletionGuard> guards;
  private final ObjectProvider<CompletionRecord> record;

  CompletionGuards(ObjectProvider<CompletionGuard> guards, ObjectProvider<CompletionRecord> record) {
    this.guards = guards;
    this.record = record;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        activity.addListener(ExecutionListener.EVENTNAME_END,
            OnCompletion.check(execution -> guards.orderedStream().forEach(guard -> guard.check(execution))), 0);
        activity.addListener(ExecutionListener.EVENTNAME_END, OnCompletion.check(execution -> record.getObject().record(execution)));
      }
    });
  }
}
