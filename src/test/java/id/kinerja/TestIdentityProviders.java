package id.kinerja;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import testidp.IdentityProvider;

/**
 * The two OIDC providers of the single sign-on tests, started once per JVM: the application's
 * ({@link #OURS}, whose issuer it is configured with) and another one it must not trust.
 */
public final class TestIdentityProviders implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  public static final IdentityProvider OURS = IdentityProvider.start();
  public static final IdentityProvider OTHER = IdentityProvider.start();

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of("kinerja.oidc.issuer=" + OURS.issuer(), "kinerja.oidc.client-id=" + IdentityProvider.CLIENT_ID,
        "kinerja.oidc.client-secret=" + IdentityProvider.CLIENT_SECRET).applyTo(context);
    context.addApplicationListener(event -> {
      if (event instanceof ServletWebServerInitializedEvent started) {
        OURS.trust("http://localhost:" + started.getWebServer().getPort());
      }
    });
  }
}
