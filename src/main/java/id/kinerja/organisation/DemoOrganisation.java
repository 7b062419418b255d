package id.kinerja.organisation;

import id.kinerja.organisation.imports.CsvFile;
import id.kinerja.organisation.imports.CsvRow;
import id.kinerja.organisation.imports.EmployeeImport;
import id.kinerja.organisation.imports.PositionImport;
import id.kinerja.organisation.imports.UnitImport;
import id.kinerja.process.EngineClock;
import id.kinerja.security.Groups;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo organisation, Kecamatan Plaju in Kota Palembang, through the same CSV imports HR
 * uses, and gives every demo user the password {@code demo}. Only with {@code kinerja.demo.enabled};
 * running it again changes nothing.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "kinerja.demo.enabled", havingValue = "true")
class DemoOrganisation implements ApplicationRunner {

  static final String PASSWORD = "demo";
  static final String ADMIN = "admin";
  /** The Sekretaris Kecamatan is Plt Lurah Komperta while that post is vacant. */
  static final String ACTING_POSITION = "LURAH-KOMPERTA";
  static final String ACTING_NIP = "197810102002122001";
  private static final Logger LOG = LoggerFactory.getLogger(DemoOrganisation.class);

  private final UnitImport units;
  private final PositionImport positions;
  private final EmployeeImport employees;
  private final OrganisationRepository repository;
  private final ActingAssignments acting;
  private final IdentityService identityService;

  DemoOrganisation(UnitImport units, PositionImport positions, EmployeeImport employees,
      OrganisationRepository repository, ActingAssignments acting, IdentityService identityService) {
    this.units = units;
    this.positions = positions;
    this.employees = employees;
    this.repository = repository;
    this.acting = acting;
    this.identityService = identityService;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    units.importCsv(read("demo/unit.csv"));
    positions.importCsv(read("demo/jabatan.csv"));
    employees.importCsv(read("demo/pegawai.csv"));
    if (repository.actingAssignments(ACTING_POSITION, EngineClock.today()).isEmpty()) {
      int year = EngineClock.today().getYear();
      acting.appoint(new ActingAssignment(null, ACTING_POSITION, ACTING_NIP, ActingAssignment.Kind.PLT,
          LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31)));
    }
    ensureUser(ADMIN, "Administrator Demo");
    addMembership(ADMIN, Groups.CAMUNDA_ADMIN);
    addMembership(ADMIN, Groups.MONITORING);
    for (CsvRow role : CsvFile.read(read("demo/peran.csv"), List.of("nip", "grup"))) {
      addMembership(role.get("nip"), role.get("grup"));
    }
    identityService.createUserQuery().list().forEach(this::giveDemoPasswordIfNone);
    LOG.info("Demo organisation Kecamatan Plaju ready; demo users have the password '{}'", PASSWORD);
  }

  private void ensureUser(String id, String name) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName(name);
      user.setLastName("");
      identityService.saveUser(user);
    }
  }

  private void addMembership(String userId, String groupId) {
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  private void giveDemoPasswordIfNone(User user) {
    if (user.getPassword() == null) {
      user.setPassword(PASSWORD);
      // The demo's short password is below the policy every real password must keep.
      ((IdentityServiceImpl) identityService).saveUser(user, true);
    }
  }

  private static String read(String path) {
    try {
      return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
