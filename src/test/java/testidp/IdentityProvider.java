package testidp;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OIDC provider for tests: Spring Authorization Server as its own small Spring Boot
 * application on a random port of 127.0.0.1 (another host name than the application's
 * localhost, so the browser keeps the two sessions apart). It knows one client, {@link #CLIENT_ID},
 * and people by user name; their tokens carry their NIP in the claim {@code nip}. A
 * client_credentials token carries the NIP of the person named by its scope.
 */
public final class IdentityProvider implements AutoCloseable {

  public static final String CLIENT_ID = "kinerja";
  public static final String CLIENT_SECRET = "rahasia-klien-uji";
  /** Another application registered at the same provider: its tokens are not for Kinerja ASN. */
  public static final String OTHER_CLIENT_ID = "aplikasi-lain";
  private static final String OTHER_CLIENT_SECRET = "rahasia-aplikasi-lain";
  public static final String PASSWORD = "sandi-uji";
  /** Siti Rahmawati (DemoUsers.STAFF). */
  public static final String SITI = "siti";
  /** Someone the provider knows with a NIP the directory does not. */
  public static final String TAMU = "tamu";
  /** Rizky Pratama (DemoUsers.HR). */
  public static final String RIZKY = "rizky";
  private static final Map<String, String> NIPS =
      Map.of(SITI, "199502152020122005", TAMU, "199901012020011999", RIZKY, "198609262015051001");

  private final ConfigurableApplicationContext context;
  private final String issuer;

  private IdentityProvider(ConfigurableApplicationContext context) {
    this.context = context;
    this.issuer = "http://127.0.0.1:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
  }

  public static IdentityProvider start() {
    return new IdentityProvider(new SpringApplicationBuilder(Server.class).run(
        // Its own configuration, none of the application's (application.yaml).
        "--spring.config.name=testidp", "--server.port=0", "--server.address=127.0.0.1",
        "--spring.main.banner-mode=off", "--server.servlet.session.cookie.name=IDP_SESSION"));
  }

  public String issuer() {
    return issuer;
  }

  public static String nipOf(String user) {
    return NIPS.get(user);
  }

  /** Lets the application at that address log in through this provider and come back after the logout. */
  public void trust(String applicationBase) {
    var clients = context.getBean(InMemoryRegisteredClientRepository.class);
    clients.save(RegisteredClient.from(clients.findByClientId(CLIENT_ID))
        .redirectUri(applicationBase + "/login/oauth2/code/kinerja")
        .postLogoutRedirectUri(applicationBase + "/login?keluar").build());
  }

  /** An access token of the client for the person (client_credentials): it carries their NIP. */
  public String tokenFor(String user) {
    return tokenFor(CLIENT_ID, user);
  }

  /** An access token the client got for the person (client_credentials). */
  public String tokenFor(String clientId, String user) {
    String secret = CLIENT_ID.equals(clientId) ? CLIENT_SECRET : OTHER_CLIENT_SECRET;
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
          .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + user)).build(),
          HttpResponse.BodyHandlers.ofString());
      Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
      if (response.statusCode() != 200 || !token.find()) {
        throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
      }
      return token.group(1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    context.close();
  }

  @SpringBootConfiguration
  @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
      WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
      SecurityAutoConfiguration.class})
  static class Server {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
      OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
      return http.securityMatcher(server.getEndpointsMatcher())
          .with(server, s -> s.oidc(Customizer.withDefaults()))
          .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
          .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
              new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
          .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
          .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
      return http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated()).formLogin(Customizer.withDefaults()).build();
    }

    @Bean
    UserDetailsService people() {
      return new InMemoryUserDetailsManager(NIPS.keySet().stream()
          .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build()).toList());
    }

    @Bean
    InMemoryRegisteredClientRepository clients() {
      RegisteredClient other = RegisteredClient.withId(UUID.randomUUID().toString())
          .clientId(OTHER_CLIENT_ID).clientSecret("{noop}" + OTHER_CLIENT_SECRET)
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
          .scopes(scopes -> scopes.addAll(NIPS.keySet())).build();
      return new InMemoryRegisteredClientRepository(other, RegisteredClient.withId(UUID.randomUUID().toString())
          .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
          .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
          .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
          .redirectUri("http://127.0.0.1/belum-ada")
          .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scopes(scopes -> scopes.addAll(NIPS.keySet()))
          .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
          .build());
    }

    /** The NIP claim: of the person logged in, or for client_credentials of the person the scope names. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> nipClaim() {
      return context -> {
        String nip = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
            ? context.getAuthorizedScopes().stream().map(NIPS::get).filter(java.util.Objects::nonNull).findFirst().orElse(null)
            : NIPS.get(context.getPrincipal().getName());
        if (nip != null) {
          context.getClaims().claim("nip", nip);
        }
      };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      var pair = generator.generateKeyPair();
      return new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder((RSAPublicKey) pair.getPublic())
          .privateKey((RSAPrivateKey) pair.getPrivate()).keyID(UUID.randomUUID().toString()).build()));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
      return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
      return AuthorizationServerSettings.builder().build();
    }
  }
}
