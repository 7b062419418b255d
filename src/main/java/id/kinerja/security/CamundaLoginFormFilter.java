package id.kinerja.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After a logout the Camunda webapps show their own login form, which posts to the webapp's login
 * resource. This filter lets Spring Security check those credentials first, so that form logs in
 * to the same session as the application's login page; on failure the request ends with 401.
 */
class CamundaLoginFormFilter extends OncePerRequestFilter {

  static final RequestMatcher LOGIN =
      withDefaults().matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/{engine}/login/{app}");

  private static final WebAuthenticationDetailsSource DETAILS = new WebAuthenticationDetailsSource();

  private final AuthenticationManager authenticationManager;

  CamundaLoginFormFilter(AuthenticationManager authenticationManager) {
    this.authenticationManager = authenticationManager;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !LOGIN.matches(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication result;
    try {
      var attempt = UsernamePasswordAuthenticationToken.unauthenticated(request.getParameter("username"),
          request.getParameter("password"));
      attempt.setDetails(DETAILS.buildDetails(request));
      result = authenticationManager.authenticate(attempt);
    } catch (AuthenticationException e) {
      SecurityContextHolder.clearContext();
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED, e.getMessage());
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(result);
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
    // Camunda's login replaces the session (against session fixation): keep our context in the new one.
    HttpSession session = request.getSession(false);
    if (response.getStatus() < 400 && session != null) {
      session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
  }
}
