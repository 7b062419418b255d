package id.kinerja.bottleneck.cockpit;

import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/** Cockpit creates plugin resources itself, outside Spring; this hands them the application's beans. */
@Component
class SpringBeans implements ApplicationContextAware {

  private static ApplicationContext context;

  @Override
  public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
    context = applicationContext;
  }

  static <T> T get(Class<T> type) {
    return context.getBean(type);
  }
}
