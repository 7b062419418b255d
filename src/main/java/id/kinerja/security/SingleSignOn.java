package id.kinerja.security;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Optional single sign-on through an OIDC provider, on only when {@code kinerja.oidc.issuer}
 * ({@code KINERJA_OIDC_ISSUER}) is set. The webapps log in through the provider; the APIs also
 * take its JWTs as bearer tokens. Either way the user is the employee whose NIP the token carries
 * in {@code kinerja.oidc.nip-claim}; someone the directory does not know gets in nowhere. The
 * authorities are the user's Camunda groups, exactly as with a password.
 */
@Configuration
@Conditional(SingleSignOn.Configured.class)
class SingleSignOn {

  static final String REGISTRATION = "kinerja";
  /** Where the login page's "Masuk dengan SSO" starts the login at the provider. */
  static final String START = "/oauth2/authorization/" + REGISTRATION;
  private static final String UNKNOWN_NIP = "nip_tidak_dikenal";

  private final String nipClaim;
  private final DirectoryAuthenticationProvider directory;
  private final InMemoryClientRegistrationRepository registrations;
  private final NimbusJwtDecoder tokens;
  private final OidcUserService providerUsers = new OidcUserService();

  SingleSignOn(@Value("${kinerja.oidc.issuer}") String issuer, @Value("${kinerja.oidc.client-id:}") String clientId,
      @Value("${kinerja.oidc.client-secret:}") String clientSecret, @Value("${kinerja.oidc.nip-claim:nip}") String nipClaim,
      DirectoryAuthenticationProvider directory) {
    if (!StringUtils.hasText(clientId) || !StringUtils.hasText(clientSecret) || !StringUtils.hasText(nipClaim)) {
      throw new IllegalStateException(
          "KINERJA_OIDC_ISSUER is set: KINERJA_OIDC_CLIENT_ID, KINERJA_OIDC_CLIENT_SECRET and KINERJA_OIDC_NIP_CLAIM must be too");
    }
    this.nipClaim = nipClaim;
    this.directory = directory;
    ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer).registrationId(REGISTRATION)
        .clientId(clientId).clientSecret(clientSecret).scope("openid", "profile")
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").build();
    this.registrations = new InMemoryClientRegistrationRepository(registration);
    this.tokens = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri()).build();
    // The provider's signature and issuer, and a token meant for this application, not another client of the realm.
    this.tokens.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
        jwt -> jwt.getAudience() != null && jwt.getAudience().contains(clientId) || clientId.equals(jwt.getClaimAsString("azp"))
            ? OAuth2TokenValidatorResult.success()
            : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Token bukan untuk Kinerja ASN", null))));
  }

  /** The webapps: login through the provider next to the password form. */
  void webapp(HttpSecurity http, String afterLogin) throws Exception {
    http.oauth2Login(login -> login
        .loginPage(SecurityConfig.LOGIN_PAGE)
        .clientRegistrationRepository(registrations)
        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::employee))
        .defaultSuccessUrl(afterLogin, false)
        .failureHandler((request, response, failure) -> {
          HttpSession session = request.getSession(false);
          if (session != null) {
            session.invalidate();
          }
          boolean unknown = failure instanceof OAuth2AuthenticationException refused
              && UNKNOWN_NIP.equals(refused.getError().getErrorCode());
          response.sendRedirect(SecurityConfig.LOGIN_PAGE + (unknown ? "?sso-ditolak" : "?sso-gagal"));
        }));
  }

  /** After the app's logout, the provider's (RP-initiated logout) where it offers one; back to the login page. */
  LogoutSuccessHandler logoutSuccess() {
    var handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
    handler.setPostLogoutRedirectUri("{baseUrl}" + SecurityConfig.LOGIN_PAGE + "?keluar");
    handler.setDefaultTargetUrl(SecurityConfig.LOGIN_PAGE + "?keluar");
    // Not a redirect: the logout is a form's POST, and browsers apply the page's CSP form-action
    // ('self') to the redirects that follow it, which would block the way to the provider.
    handler.setRedirectStrategy((request, response, url) -> {
      String target = HtmlUtils.htmlEscape(url);
      response.setContentType("text/html;charset=UTF-8");
      response.setHeader("Content-Security-Policy", LoginPage.POLICY);
      response.setHeader("Cache-Control", "no-store");
      response.getWriter().write("""
          <!DOCTYPE html>
          <html lang="id"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=%s">
          <title>Keluar - Kinerja ASN</title><link rel="stylesheet" href="/login.css"></head>
          <body><main><p class="info">Anda telah keluar. <a href="%s">Lanjutkan</a></p></main></body></html>
          """.formatted(target, target));
    });
    return handler;
  }

  /** The APIs: a bearer JWT of the provider besides HTTP Basic. */
  void api(HttpSecurity http) throws Exception {
    // Its own manager: the chain's (HTTP Basic) knows no bearer tokens.
    var provider = new JwtAuthenticationProvider(tokens);
    provider.setJwtAuthenticationConverter(this::employee);
    http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.authenticationManager(new ProviderManager(provider))));
  }

  private OidcUser employee(OidcUserRequest request) {
    OidcUser user = providerUsers.loadUser(request);
    String nip = user.getClaimAsString(nipClaim);
    try {
      return new DefaultOidcUser(directory.authoritiesOfKnownUser(nip, "sso"), user.getIdToken(), user.getUserInfo(), nipClaim);
    } catch (BadCredentialsException unknown) {
      throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_NIP), unknown.getMessage(), unknown);
    }
  }

  private AbstractAuthenticationToken employee(Jwt jwt) {
    String nip = jwt.getClaimAsString(nipClaim);
    List<GrantedAuthority> authorities;
    try {
      authorities = directory.authoritiesOfKnownUser(nip, "sso-token");
    } catch (BadCredentialsException unknown) {
      throw new InvalidBearerTokenException(unknown.getMessage(), unknown);
    }
    return new JwtAuthenticationToken(jwt, authorities, nip);
  }

  static final class Configured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return StringUtils.hasText(context.getEnvironment().getProperty("kinerja.oidc.issuer"));
    }
  }
}
