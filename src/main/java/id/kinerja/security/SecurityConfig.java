package id.kinerja.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one authentication layer. APIs ({@code /engine-rest}, {@code /api}, {@code /actuator}) take
 * HTTP Basic and keep no session; the webapps use the login page and a session, with Spring's CSRF
 * protection on our own pages and Camunda's CSRF filter on the webapp API. With single sign-on
 * configured ({@link SingleSignOn}) the webapps also log in through the OIDC provider and the APIs
 * also take its bearer tokens. Anonymous requests get
 * nothing but the health endpoint and the login page.
 */
@Configuration
public class SecurityConfig {

  static final String LOGIN_PAGE = "/login";
  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  /** HR's screen and its session API ({@code /pengelolaan/api/...}): HR and administrators only. */
  public static final String HR_PAGES = "/pengelolaan";
  /** Penilaian Saya and its session API: every user, each seeing what the server lets them. */
  public static final String STANDING_PAGES = "/penilaian-saya";

  private static RequestMatcher path(String pattern) {
    return withDefaults().matcher(pattern);
  }

  @Bean
  AuthenticationManager authenticationManager(DirectoryAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager,
      ObjectProvider<SingleSignOn> singleSignOn) throws Exception {
    SingleSignOn sso = singleSignOn.getIfAvailable();
    if (sso != null) {
      sso.api(http);
    }
    return http
        // Explicit path matchers: /engine-rest is Jersey's servlet, not Spring MVC's.
        .securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**"), path("/actuator/**")))
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
            .requestMatchers(path("/actuator/**")).hasAnyAuthority(Groups.MONITORING, Groups.CAMUNDA_ADMIN)
            .requestMatchers(path("/api/organisation/**"), path("/api/periods/**"), path("/api/mail/**"))
                .hasAnyAuthority(Groups.PENGELOLA_KINERJA, Groups.CAMUNDA_ADMIN)
            .requestMatchers(path("/api/bottlenecks/**"))
                .hasAnyAuthority(Groups.BOTTLENECK_VIEWERS.toArray(String[]::new))
            .requestMatchers(path("/api/audit/**")).hasAnyAuthority(Groups.AUDIT_READERS.toArray(String[]::new))
            .requestMatchers(path("/api/demo/**")).hasAuthority(Groups.CAMUNDA_ADMIN)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName("kinerja"))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Basic credentials travel with each request and no cookie authenticates these paths.
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappChain(HttpSecurity http, AuthenticationManager authenticationManager,
      ObjectProvider<SingleSignOn> singleSignOn) throws Exception {
    SingleSignOn sso = singleSignOn.getIfAvailable();
    if (sso != null) {
      // The login through the provider brings its own authentication providers; passwords go on to
      // the application's manager, the parent of the one the chain builds.
      sso.webapp(http, TASKLIST);
    } else {
      http.authenticationManager(authenticationManager);
    }
    LogoutSuccessHandler afterLogout = sso != null ? sso.logoutSuccess()
        : (request, response, authentication) -> response.sendRedirect(LOGIN_PAGE + "?keluar");
    RequestMatcher camundaApi = path("/camunda/api/**");
    RequestMatcher camundaLogout = withDefaults().matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/{engine}/logout");
    return http
        .securityMatcher(AnyRequestMatcher.INSTANCE)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(path(LOGIN_PAGE), path("/login.css"), path("/halaman.css"), path("/error")).permitAll()
            // A document's verification page is public: anyone holding the paper may check it.
            .requestMatchers(path("/verifikasi"), path("/verifikasi/*")).permitAll()
            .requestMatchers(CamundaLoginFormFilter.LOGIN).permitAll()
            .requestMatchers(path(HR_PAGES), path(HR_PAGES + "/**"))
                .hasAnyAuthority(Groups.PENGELOLA_KINERJA, Groups.CAMUNDA_ADMIN)
            .anyRequest().authenticated())
        .formLogin(form -> form
            .loginPage(LOGIN_PAGE)
            .defaultSuccessUrl(TASKLIST, false))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(
                withDefaults().matcher(HttpMethod.POST, "/logout"), camundaLogout))
            .logoutSuccessHandler((request, response, authentication) -> {
              if (camundaLogout.matches(request)) {
                response.setStatus(HttpServletResponse.SC_OK);
              } else {
                afterLogout.onLogoutSuccess(request, response, authentication);
              }
            }))
        .addFilterBefore(new CamundaLoginFormFilter(authenticationManager), UsernamePasswordAuthenticationFilter.class)
        .exceptionHandling(ex -> ex
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                new OrRequestMatcher(camundaApi, path(HR_PAGES + "/api/**"), path(STANDING_PAGES + "/api/**")))
            .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), request -> true))
        // The webapp API is guarded by Camunda's own CSRF filter (X-XSRF-TOKEN), which its UI speaks.
        .csrf(csrf -> csrf.ignoringRequestMatchers(camundaApi))
        .headers(Customizer.withDefaults())
        .build();
  }
}
