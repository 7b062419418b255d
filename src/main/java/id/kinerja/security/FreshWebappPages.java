package id.kinerja.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
 *
 * <p>Camunda also passes the nonce from its header filter to the page template through a
 * servlet-context attribute, shared by all requests: a page served while another webapp request
 * ran got that request's nonce, with the same spinner. Each request therefore sees a servlet
 * context whose nonce attribute is its own.
 */
@Configuration
class FreshWebappPages {

  private static final Pattern PAGE = Pattern.compile("/camunda/app/[^/]+(/[^/]+)?/?(index\\.html)?");
  /** Camunda's ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE, outside its public API. */
  private static final String NONCE = "org.camunda.bpm.csp.nonce";
  private static final Set<String> CONDITIONAL = Set.of("if-modified-since", "if-none-match");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> freshWebappPagesFilter() {
    return HttpFilters.registration(Ordered.HIGHEST_PRECEDENCE, (request, response, chain) -> {
      HttpServletRequest withOwnNonce = new OwnNonce(request);
      if (!PAGE.matcher(request.getRequestURI()).matches()) {
        chain.doFilter(withOwnNonce, response);
        return;
      }
      response.setHeader("Cache-Control", "no-store");
      chain.doFilter(new Unconditional(withOwnNonce), response);
    }, "/camunda/app/*", "/camunda/api/*");
  }

  /** The request seen through a servlet context that keeps Camunda's nonce attribute to this request. */
  private static final class OwnNonce extends HttpServletRequestWrapper {

    private final ServletContext context;
    private volatile Object nonce;

    OwnNonce(HttpServletRequest request) {
      super(request);
      ServletContext shared = request.getServletContext();
      this.context = (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
          new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
            if (args != null && NONCE.equals(args[0])) {
              switch (method.getName()) {
                case "getAttribute":
                  return nonce;
                case "setAttribute":
                  nonce = args[1];
                  return null;
                case "removeAttribute":
                  nonce = null;
                  return null;
                default:
              }
            }
            try {
              return method.invoke(shared, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
    }

    @Override
    public ServletContext getServletContext() {
      return context;
    }
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
