package id.kinerja.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls that act on other process instances (message correlation to subordinates,
 * a coaching request reaching an appraisal) without the caller's authorization checks. Use only
 * after the domain has checked that the caller may cause this.
 */
public final class AsSystem {

  private AsSystem() {}

  public static <T> T call(IdentityService identityService, Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  /** The user on whose behalf the engine runs now, else who the task was meant for (Java API, jobs). */
  public static String currentUserOr(IdentityService identityService, Object fallback) {
    String user = currentUser(identityService);
    return user != null ? user : fallback == null ? null : fallback.toString();
  }

  /** The user on whose behalf the engine runs now, or null for the job executor and start-up. */
  public static String currentUser(IdentityService identityService) {
    Authentication caller = identityService.getCurrentAuthentication();
    return caller == null ? null : caller.getUserId();
  }
}
