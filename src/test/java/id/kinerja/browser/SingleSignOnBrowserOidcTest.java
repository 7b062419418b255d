package id.kinerja.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.OidcSpringTest;
import id.kinerja.TestIdentityProviders;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import testidp.IdentityProvider;

/** Logging in and out through the OIDC provider, in the browser. */
@OidcSpringTest
class SingleSignOnBrowserOidcTest {

  @LocalServerPort
  int port;

  @Test
  void sitiLogsInThroughTheProviderIntoTasklistAndOutOfBoth() {
    try (Browser browser = Browser.open(port)) {
      browser.page("/login", "Masuk dengan SSO");
      browser.screenshot("sso-halaman-masuk");

      browser.singleSignOn(IdentityProvider.SITI, IdentityProvider.PASSWORD).awaitUrl("/camunda/app/tasklist/");
      browser.await(".navbar, body", "Tugas Saya");
      Object user = browser.asyncScript("const done = arguments[arguments.length - 1];"
          + " fetch('/camunda/api/admin/auth/user/default').then(r => r.json()).then(j => done(j.userId), e => done(String(e)));");
      assertThat(user).isEqualTo(DemoUsers.STAFF);
      browser.screenshot("sso-tasklist-siti");

      // The logout as the HR screen's "Keluar" posts it: the app's session ends, then the provider's.
      browser.page("/login", "Masuk");
      browser.script("const form = document.createElement('form'); form.method = 'post'; form.action = '/logout';"
          + " const token = document.querySelector('input[name=_csrf]').cloneNode(); form.appendChild(token);"
          + " document.body.appendChild(form); form.submit();");
      browser.awaitUrl("/login?keluar").await("p.info", "Anda telah keluar");
      browser.screenshot("sso-keluar");
      assertThat(browser.url()).startsWith("http://localhost:" + port + "/login?keluar");

      browser.page("/camunda/app/tasklist/default/", "Kata sandi");
      assertThat(browser.url()).as("the app's session ended").endsWith("/login");
      browser.element("#sso").click();
      browser.awaitUrl(TestIdentityProviders.OURS.issuer() + "/login");
      assertThat(browser.text()).as("the provider's session ended: it asks for the password again").contains("Sign in");
    }
  }

  @Test
  void someoneWhoseNipTheDirectoryDoesNotKnowStaysOnTheLoginPage() {
    try (Browser browser = Browser.open(port)) {
      browser.singleSignOn(IdentityProvider.TAMU, IdentityProvider.PASSWORD).awaitUrl("/login?sso-ditolak");
      browser.await("p.error", "tidak membawa NIP yang terdaftar di Kinerja ASN");
      browser.screenshot("sso-nip-tidak-dikenal");

      browser.page("/camunda/app/tasklist/default/", "Kata sandi");
      assertThat(browser.url()).as("no session").endsWith("/login");
    }
  }
}
