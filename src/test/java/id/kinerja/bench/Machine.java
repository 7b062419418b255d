package id.kinerja.bench;

import id.kinerja.Http;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/** The machine a benchmark ran on, for the heading of its figures, and the users a benchmark logs in as. */
public final class Machine {

  private Machine() {}

  /** A Camunda user with the demo password in one group. */
  public static void user(IdentityService identity, String id, String name, String group) {
    User user = identity.newUser(id);
    user.setFirstName(name);
    user.setLastName("");
    user.setPassword(Http.DEMO_PASSWORD);
    ((IdentityServiceImpl) identity).saveUser(user, true);
    identity.createMembership(id, group);
  }

  static String describe() throws IOException {
    return new String(new ProcessBuilder("uname", "-srm").start().getInputStream().readAllBytes()).strip()
        + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
        + (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getTotalMemorySize() >> 30 : 0) + " GiB, Java " + System.getProperty("java.version");
  }
}
