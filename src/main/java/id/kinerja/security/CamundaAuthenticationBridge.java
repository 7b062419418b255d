package id.kinerja.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the user that Spring Security authenticated to the engine. Both filters run after the
 * Spring Security chain and read the request's principal: the webapps keep it in their session,
 * the REST API sets it on the engine for the length of the request, so authorization checks
 * apply to every call.
 */
@Configuration
public class CamundaAuthenticationBridge {

  private static final String PROVIDER_PARAM = "authentication-provider";

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("Kinerja Webapp Authentication");
    registration.addInitParameter(PROVIDER_PARAM, ContainerBasedAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/camunda/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("Kinerja REST Authentication");
    registration.addInitParameter(PROVIDER_PARAM, ContainerBasedAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
