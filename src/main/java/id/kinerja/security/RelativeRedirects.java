package id.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects name a path, never the host: Spring Security builds its redirects (to the login page,
 * back after login) from the request's Host header, which a client chooses, so a forged header
 * would send the user to another site. A redirect to this server's own name and port is rewritten
 * to its path; a redirect elsewhere (another host, or another port such as an OIDC provider's on
 * the same host) is kept as it is.
 */
@Configuration
class RelativeRedirects {

  private static final String LOCATION = "Location";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> relativeRedirectsFilter() {
    return HttpFilters.registration(Ordered.HIGHEST_PRECEDENCE + 2,
        (request, response, chain) -> chain.doFilter(request, new Relative(request, response)));
  }

  private static final class Relative extends HttpServletResponseWrapper {

    private final HttpServletRequest request;

    Relative(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    @Override
    public void sendRedirect(String location) {
      resetBuffer();
      setStatus(SC_FOUND);
      super.setHeader(LOCATION, relative(location));
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
    }

    /** This server: its name and port (a single sign-on provider may live on the same host, another port). */
    private boolean ours(URI uri) {
      int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
      return uri.getHost().equalsIgnoreCase(request.getServerName()) && port == request.getServerPort();
    }

    private String relative(String location) {
      try {
        URI uri = new URI(location);
        if (uri.isAbsolute() && uri.getHost() != null && ours(uri)) {
          return (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
              + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
              + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        }
      } catch (URISyntaxException e) {
        return location;
      }
      return location;
    }
  }
}
