package id.kinerja.cockpit;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/** Cockpit creates plugin resources itself, outside Spring; this hands them the application's beans. */
@Component
public class SpringBeans implements ApplicationContextAware {

  private static ApplicationContext context;

  @Override
  public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
    context = applicationContext;
  }

  public static <T> T get(Class<T> type) {
    return context.getBean(type);
  }
}
