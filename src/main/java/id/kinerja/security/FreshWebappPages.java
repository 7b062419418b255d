package id.kinerja.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages of Tasklist, Cockpit and Admin carry a fresh Content-Security-Policy nonce in their
 * header and in their script tags. Answered with 304 to a conditional request, the browser keeps
 * the old page with the old nonce under the new header, every script is blocked and the user
 * looks at a spinner for good. These pages are therefore always sent whole and never stored.
 */
@Configuration
class FreshWebappPages {

  private static final Pattern PAGE = Pattern.compile("/camunda/app/[^/]+(/[^/]+)?/?(index\\.html)?");
  private static final Set<String> CONDITIONAL = Set.of("if-modified-since", "if-none-match");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> freshWebappPagesFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (!PAGE.matcher(request.getRequestURI()).matches()) {
          chain.doFilter(request, response);
          return;
        }
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(new Unconditional(request), response);
      }
    });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    registration.addUrlPatterns("/camunda/app/*");
    return registration;
  }

  /** The request without its conditional headers, so it is answered whole. */
  private static final class Unconditional extends HttpServletRequestWrapper {

    Unconditional(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return CONDITIONAL.contains(name.toLowerCase()) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return CONDITIONAL.contains(name.toLowerCase()) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public long getDateHeader(String name) {
      return CONDITIONAL.contains(name.toLowerCase()) ? -1 : super.getDateHeader(name);
    }
  }
}
