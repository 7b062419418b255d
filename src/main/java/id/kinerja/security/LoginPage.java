package id.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The one login page of the webapps, in Bahasa Indonesia, with a Content-Security-Policy that
 * allows nothing but its own style sheet and posting the form to itself.
 */
@RestController
class LoginPage {

  private final boolean singleSignOn;

  LoginPage(ObjectProvider<SingleSignOn> singleSignOn) {
    this.singleSignOn = singleSignOn.getIfAvailable() != null;
  }

  static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
      + " frame-ancestors 'none'; base-uri 'none'";

  @GetMapping(value = SecurityConfig.LOGIN_PAGE, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> login(HttpServletRequest request, CsrfToken csrf) {
    String message = "";
    if (request.getParameter("error") != null) {
      HttpSession session = request.getSession(false);
      Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
      message = "<p class=\"error\" role=\"alert\">" + (failure instanceof LockedException locked
          ? HtmlUtils.htmlEscape(locked.getMessage()) : "NIP/nama pengguna atau kata sandi salah.") + "</p>";
    } else if (request.getParameter("sso-ditolak") != null) {
      message = "<p class=\"error\" role=\"alert\">Akun SSO Anda tidak membawa NIP yang terdaftar di Kinerja ASN."
          + " Hubungi pengelola kinerja (BKPSDM).</p>";
    } else if (request.getParameter("sso-gagal") != null) {
      message = "<p class=\"error\" role=\"alert\">Masuk dengan SSO gagal. Silakan coba lagi.</p>";
    } else if (request.getParameter("keluar") != null) {
      message = "<p class=\"info\" role=\"status\">Anda telah keluar.</p>";
    }
    return ResponseEntity.ok().header("Content-Security-Policy", POLICY).body("""
        <!DOCTYPE html>
        <html lang="id">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Masuk - Kinerja ASN</title>
          <link rel="stylesheet" href="/login.css">
        </head>
        <body>
          <main>
            <h1>Kinerja ASN</h1>
            <p>Penilaian kinerja pegawai</p>
            %s
            <form method="post" action="/login">
              <label for="username">NIP atau nama pengguna</label>
              <input id="username" name="username" autocomplete="username" required autofocus>
              <label for="password">Kata sandi</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required>
              <input type="hidden" name="%s" value="%s">
              <button type="submit">Masuk</button>
            </form>
            %s
          </main>
        </body>
        </html>
        """.formatted(message, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()),
        singleSignOn ? "<p class=\"sso\"><a id=\"sso\" href=\"" + SingleSignOn.START + "\">Masuk dengan SSO</a></p>" : ""));
  }
}
