package id.kinerja;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application as in {@link KinerjaSpringTest}, with single sign-on through the OIDC
 * provider the tests start ({@link TestIdentityProviders}), on its own in-memory database. Camunda
 * keeps engines in a JVM-wide registry, so these tests ({@code *OidcTest}) run in their own JVM,
 * never with the shared context's tests. Every test class using it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-oidc;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestIdentityProviders.class)
public @interface OidcSpringTest {}
