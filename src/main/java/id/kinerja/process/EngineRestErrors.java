package id.kinerja.process;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * The engine REST API answers 500 for whatever the engine throws while completing a task or
 * starting a process, including a person's own mistakes: a task already completed (twice, or from
 * two tabs at once), a task whose process has ended, or a start refused by {@link RefusedInput}.
 * Those get a 4xx in Bahasa Indonesia here; everything else keeps Camunda's answer. Both copies of
 * the API get these answers: /engine-rest and the one Tasklist and Cockpit call under
 * /camunda/api/engine, a Jersey application of Camunda's own that no Spring customizer reaches.
 */
@Component
class EngineRestErrors implements ResourceConfigCustomizer, BeanPostProcessor {

  /** The servlet name Camunda's webapp starter gives its copy of the engine API. */
  private static final String WEBAPP_ENGINE_API = "Engine Api";
  private static final String TASK_GONE = "Tugas tidak ditemukan: sudah diselesaikan atau prosesnya sudah berakhir";
  private static final String NOT_PERMITTED = "Anda tidak berhak melakukan tindakan ini";
  private static final List<Class<?>> MAPPERS = List.of(Mapper.class, TaskGone.class, EngineRefusals.class);

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    MAPPERS.forEach(config::register);
  }

  /**
   * Camunda's webapp initializer registers its servlet when the server starts, after every
   * initializer of ours has run; so its initializer is wrapped, and the mappers added right after.
   */
  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!(bean instanceof CamundaBpmWebappInitializer camunda)) {
      return bean;
    }
    return (ServletContextInitializer) servletContext -> {
      camunda.onStartup(servletContext);
      ServletRegistration api = servletContext.getServletRegistration(WEBAPP_ENGINE_API);
      if (api == null) {
        throw new IllegalStateException("Camunda's webapp engine API servlet '" + WEBAPP_ENGINE_API + "' is not registered");
      }
      api.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
          MAPPERS.stream().map(Class::getName).collect(Collectors.joining(",")));
    };
  }

  /**
   * A refused authorization in Bahasa Indonesia, with Camunda's list of what was missing. The
   * loser of two simultaneous completions may find the task's assignee authorization already
   * deleted with the task: a 403 that says the person lacks a permission they had. If the task
   * is gone, say so.
   */
  @Priority(1000)
  public static class TaskGone implements ExceptionMapper<AuthorizationException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(AuthorizationException e) {
      ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
      boolean taskGone = e.getMissingAuthorizations().stream()
          .filter(missing -> "Task".equals(missing.getResourceType()) && missing.getResourceId() != null)
          .anyMatch(missing -> AsSystem.call(engine.getIdentityService(),
              () -> engine.getTaskService().createTaskQuery().taskId(missing.getResourceId()).count() == 0));
      if (taskGone) {
        return answer(Response.Status.NOT_FOUND, TASK_GONE, e);
      }
      Response refused = camunda.toResponse(e);
      if (refused.getEntity() instanceof ExceptionDto dto) {
        dto.setMessage(NOT_PERMITTED + " (" + e.getMissingAuthorizations().stream()
            .map(m -> m.getViolatedPermissionName() + " pada " + m.getResourceType()).distinct()
            .collect(Collectors.joining(", ")) + ")");
      }
      return refused;
    }
  }

  /** A model refused at deployment: 400 with every broken rule. Anything else keeps Camunda's answer. */
  @Priority(1000)
  public static class EngineRefusals implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException e) {
      ModelRefused refused = cause(e, ModelRefused.class);
      return refused == null ? camunda.toResponse(e) : answer(Response.Status.BAD_REQUEST, refused.getMessage(), e);
    }
  }

  private static Response answer(Response.Status status, String message, Exception e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", e.getClass().getSimpleName());
    body.put("message", message);
    body.put("detail", e.getMessage());
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** Ranked before Camunda's own mapper of the same exception type. */
  @Priority(1000)
  public static class Mapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException e) {
      // Camunda answers a refused form 400 "Cannot submit task form <id>: <reason>": the person reads the reason.
      if (causedBy(e, FormFieldValidationException.class)) {
        return answer(Response.Status.BAD_REQUEST, cause(e, FormFieldValidationException.class).getMessage(), e);
      }
      if (e.getStatus() != null && e.getStatus().getStatusCode() < 500) {
        return camunda.toResponse(e);
      }
      if (causedBy(e, ModelRefused.class)) {
        return answer(Response.Status.BAD_REQUEST, cause(e, ModelRefused.class).getMessage(), e);
      }
      if (causedBy(e, OptimisticLockingException.class)) {
        return answer(Response.Status.CONFLICT,
            "Tugas ini baru saja diselesaikan atau diubah oleh permintaan lain; muat ulang daftar tugas", e);
      }
      if (causedBy(e, NotFoundException.class)
          || (causedBy(e, NullValueException.class) && String.valueOf(e.getMessage()).contains("Cannot find task"))) {
        return answer(Response.Status.NOT_FOUND, TASK_GONE, e);
      }
      return camunda.toResponse(e);
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    return cause(e, type) != null;
  }

  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
