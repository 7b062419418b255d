package id.kinerja.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;

/** The machine a benchmark ran on, for the heading of its figures: kernel, cores, memory, Java. */
final class Machine {

  private Machine() {}

  static String describe() throws IOException {
    return new String(new ProcessBuilder("uname", "-srm").start().getInputStream().readAllBytes()).strip()
        + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
        + (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getTotalMemorySize() >> 30 : 0) + " GiB, Java " + System.getProperty("java.version");
  }
}
