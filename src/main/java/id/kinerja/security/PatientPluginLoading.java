package id.kinerja.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist, Cockpit and Admin load their plugins through a bundled RequireJS that gives up on a
 * module after 7 seconds and leaves the app on its spinner: the {@code waitSeconds: 0} in
 * Camunda's page never reaches the bundled copy. On a slow office link Cockpit's 300 KB plugin
 * takes longer than that. Each app imports its {@code scripts/config.js} before it asks for a
 * plugin, so that file is served with one more statement that lifts the time-out.
 */
@Configuration
class PatientPluginLoading {

  private static final Pattern CONFIG = Pattern.compile("/camunda/app/[^/]+/scripts/config\\.js");
  private static final byte[] NO_TIME_OUT = """

      // Added by kinerja-asn: wait for plugin modules however slow the link is.
      if (window.require && window.require.config) {
        window.require.config({waitSeconds: 0});
      }
      """.getBytes(StandardCharsets.UTF_8);

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> patientPluginLoadingFilter() {
    return HttpFilters.registration(Ordered.LOWEST_PRECEDENCE, (request, response, chain) -> {
      if (!CONFIG.matcher(request.getRequestURI()).matches()) {
        chain.doFilter(request, response);
        return;
      }
      ContentCachingResponseWrapper config = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, config);
      if (config.getStatus() == HttpServletResponse.SC_OK) {
        config.getOutputStream().write(NO_TIME_OUT);
      }
      config.copyBodyToResponse();
    }, "/camunda/app/*");
  }
}
