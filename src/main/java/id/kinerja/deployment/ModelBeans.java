package id.kinerja.deployment;

import id.kinerja.process.ModelApi;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The beans a model may name, from the application context: those marked {@link ModelApi}, with
 * the methods of theirs marked so. Any other bean, an engine service or the data source, is
 * refused, since expressions resolve bean names against the whole context.
 */
@Component
class ModelBeans {

  private static final Set<Class<?>> DELEGATE_TYPES = Set.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class);

  private final ApplicationContext context;
  private final Map<String, Set<String>> methods = new ConcurrentHashMap<>();

  ModelBeans(ApplicationContext context) {
    this.context = context;
  }

  boolean isBean(String name) {
    return context.containsBean(name);
  }

  /** A bean a model may name: a listed delegate, or a bean with listed methods. */
  boolean isListed(String name) {
    return isBean(name) && (isDelegate(name) || !methodsOf(name).isEmpty());
  }

  boolean isDelegate(String name) {
    Class<?> type = context.getType(name);
    return type != null && DELEGATE_TYPES.stream().anyMatch(t -> t.isAssignableFrom(type))
        && context.findAnnotationOnBean(name, ModelApi.class) != null;
  }

  boolean mayCall(String bean, String method) {
    return isBean(bean) && methodsOf(bean).contains(method);
  }

  /** A class a model may name in {@code camunda:class}: a listed delegate of the project's own. */
  static boolean isListedClass(String className) {
    try {
      Class<?> type = Class.forName(className, false, ModelBeans.class.getClassLoader());
      return type.isAnnotationPresent(ModelApi.class) && DELEGATE_TYPES.stream().anyMatch(t -> t.isAssignableFrom(type));
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private Set<String> methodsOf(String bean) {
    return methods.computeIfAbsent(bean, name -> {
      Class<?> type = context.getType(name);
      return type == null ? Set.of() : Arrays.stream(ClassUtils.getUserClass(type).getMethods())
          .filter(m -> m.isAnnotationPresent(ModelApi.class) && Modifier.isPublic(m.getModifiers()))
          .map(Method::getName).collect(Collectors.toUnmodifiableSet());
    });
  }
}
