package id.kinerja.cockpit;

import jakarta.ws.rs.ForbiddenException;
import java.util.Collection;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The user a Cockpit plugin resource serves, from the webapp's session, let in only with one of the groups. */
public final class CockpitUser {

  private CockpitUser() {}

  /** The logged-in user of the engine if they belong to one of the groups; 403 with the message otherwise. */
  public static UserAuthentication requireGroup(String engine, Collection<String> groups, String refusal) {
    Authentications authentications = Authentications.getCurrent();
    UserAuthentication user = authentications == null ? null
        : (UserAuthentication) authentications.getAuthenticationForProcessEngine(engine);
    if (user == null || user.getGroupIds().stream().noneMatch(groups::contains)) {
      throw new ForbiddenException(refusal);
    }
    return user;
  }
}
