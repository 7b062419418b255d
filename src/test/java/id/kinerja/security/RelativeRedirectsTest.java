package id.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RelativeRedirectsTest {

  private static String redirected(String location) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/app/");
    request.setServerName("localhost");
    request.setServerPort(8080);
    MockHttpServletResponse response = new MockHttpServletResponse();
    new RelativeRedirects().relativeRedirectsFilter().getFilter().doFilter(request, response,
        (req, res) -> ((HttpServletResponse) res).sendRedirect(location));
    return response.getHeader("Location");
  }

  @Test
  void aRedirectToThisServerBecomesItsPath() throws Exception {
    assertThat(redirected("http://localhost:8080/login?keluar")).isEqualTo("/login?keluar");
  }

  @Test
  void aRedirectToAProviderOnTheSameHostAndAnotherPortIsKept() throws Exception {
    assertThat(redirected("http://localhost:8180/realms/pemkot/protocol/openid-connect/auth?client_id=kinerja"))
        .isEqualTo("http://localhost:8180/realms/pemkot/protocol/openid-connect/auth?client_id=kinerja");
    assertThat(redirected("https://sso.example.go.id/realms/pemkot")).isEqualTo("https://sso.example.go.id/realms/pemkot");
  }
}
