package id.kinerja.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.filter.OncePerRequestFilter;

/** A servlet filter written as one method over HTTP requests, registered in the embedded server. */
public final class HttpFilters {

  /** What the filter does with a request: usually ends with chain.doFilter. */
  @FunctionalInterface
  public interface Body {
    void filter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException;
  }

  private HttpFilters() {}

  /** The filter at the order among the server's filters, for the URL patterns or, without any, for all. */
  public static FilterRegistrationBean<OncePerRequestFilter> registration(int order, Body body, String... urlPatterns) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        body.filter(request, response, chain);
      }
    });
    registration.setOrder(order);
    registration.addUrlPatterns(urlPatterns);
    return registration;
  }
}
