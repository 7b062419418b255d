package id.kinerja.browser;

import id.kinerja.security.HttpFilters;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A slow office link for one browser: while it sends the cookie, every webapp plugin module (or
 * translation) it asks for is answered that many milliseconds late. Part of every test application context, so
 * the contexts stay shared; without the cookie it changes nothing.
 */
@TestConfiguration
public class SlowPlugins {

  static final String COOKIE = "kinerja-test-plugin-delay";
  /** The same for the webapps' translations (locales/*.json). */
  static final String LOCALE_COOKIE = "kinerja-test-locale-delay";
  /** How many plugin modules were answered late, so a test sees its link was slow indeed. */
  static final AtomicInteger DELAYED = new AtomicInteger();

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> slowPluginsFilter() {
    return HttpFilters.registration(Ordered.LOWEST_PRECEDENCE, (request, response, chain) -> {
      String slowed = request.getRequestURI().endsWith("/static/app/plugin.js") ? COOKIE
          : request.getRequestURI().contains("/locales/") ? LOCALE_COOKIE : null;
      if (slowed != null && request.getCookies() != null) {
        Arrays.stream(request.getCookies()).filter(c -> c.getName().equals(slowed)).findFirst()
            .map(Cookie::getValue).map(Long::parseLong).ifPresent(SlowPlugins::sleep);
      }
      chain.doFilter(request, response);
    }, "/camunda/api/*", "/camunda/app/*");
  }

  private static void sleep(long millis) {
    DELAYED.incrementAndGet();
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
