package id.kinerja.security;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a user name (the NIP for staff) and password against Camunda's identity store, where
 * passwords are kept as salted SHA-512 hashes and failed attempts lock the account for a while
 * (at most a minute). A client address that keeps failing is slowed down ({@link LoginThrottle});
 * every failure is on the audit trail. The user's Camunda groups become Spring authorities, so
 * Spring and the engine agree on roles.
 */
@Component
public class DirectoryAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;
  private final AuditTrail audit;

  DirectoryAuthenticationProvider(IdentityService identityService, LoginThrottle throttle, AuditTrail audit) {
    this.identityService = identityService;
    this.throttle = throttle;
    this.audit = audit;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    throttle.check(address);
    if (userId == null || userId.isBlank() || credentials == null
        || !identityService.checkPassword(userId, credentials.toString())) {
      throttle.failed(address);
      audit.recordSeparately(AuditTrail.Event.of(AuditAction.LOGIN_GAGAL, "login", null),
          userId == null || userId.isBlank() ? "(kosong)" : userId.length() > 100 ? userId.substring(0, 100) : userId);
      throw new BadCredentialsException("NIP/nama pengguna atau kata sandi salah");
    }
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authoritiesOf(userId));
  }

  /**
   * The authorities of a user whom another party vouched for (single sign-on): the user must be
   * in the directory; an unknown one is refused and the refusal is on the audit trail.
   */
  List<GrantedAuthority> authoritiesOfKnownUser(String userId, String channel) {
    if (userId == null || userId.isBlank() || identityService.createUserQuery().userId(userId).count() == 0) {
      audit.recordSeparately(AuditTrail.Event.of(AuditAction.LOGIN_GAGAL, channel, null),
          userId == null || userId.isBlank() ? "(kosong)" : userId.length() > 100 ? userId.substring(0, 100) : userId);
      throw new BadCredentialsException("NIP tidak terdaftar di Kinerja ASN");
    }
    return authoritiesOf(userId);
  }

  private List<GrantedAuthority> authoritiesOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
