package id.kinerja.organisation;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import id.kinerja.organisation.imports.CsvFile;
import id.kinerja.organisation.imports.EmployeeImport;
import id.kinerja.organisation.imports.ImportResult;
import id.kinerja.organisation.imports.PositionImport;
import id.kinerja.organisation.imports.UnitImport;
import id.kinerja.process.EngineClock;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The organisation directory for HR ({@code pengelola-kinerja}). Imports take a CSV file either as
 * the request body ({@code text/csv}) or as the multipart part {@code file}; see the README for the
 * columns. A file with any bad row is answered 422 with every problem and changes nothing. The imports
 * and the unit list are also HR's screen's session API ({@code /pengelolaan/api/...}), the same code.
 */
@RestController
class OrganisationController {

  private static final int MAX_PAGE_SIZE = 500;

  private final OrganisationRepository repository;
  private final ReportingLine reportingLine;
  private final UnitImport unitImport;
  private final PositionImport positionImport;
  private final EmployeeImport employeeImport;
  private final ActingAssignments actingAssignments;
  private final VacantPosts vacantPosts;
  private final AuditTrail audit;

  OrganisationController(OrganisationRepository repository, ReportingLine reportingLine, UnitImport unitImport,
      PositionImport positionImport, EmployeeImport employeeImport, ActingAssignments actingAssignments, VacantPosts vacantPosts,
      AuditTrail audit) {
    this.audit = audit;
    this.repository = repository;
    this.reportingLine = reportingLine;
    this.unitImport = unitImport;
    this.positionImport = positionImport;
    this.employeeImport = employeeImport;
    this.actingAssignments = actingAssignments;
    this.vacantPosts = vacantPosts;
  }

  @PostMapping({"/api/organisation/units", "/pengelolaan/api/organisation/units"})
  ImportResult importUnits(HttpServletRequest request) throws IOException {
    return recorded("unit", unitImport.importCsv(csv(request)));
  }

  @PostMapping({"/api/organisation/positions", "/pengelolaan/api/organisation/positions"})
  ImportResult importPositions(HttpServletRequest request) throws IOException {
    return recorded("jabatan", positionImport.importCsv(csv(request)));
  }

  @PostMapping({"/api/organisation/employees", "/pengelolaan/api/organisation/employees"})
  ImportResult importEmployees(HttpServletRequest request) throws IOException {
    return recorded("pegawai", employeeImport.importCsv(csv(request)));
  }

  private ImportResult recorded(String file, ImportResult result) {
    audit.record(AuditTrail.Event.of(AuditAction.IMPOR_DIREKTORI, file, result));
    return result;
  }

  @GetMapping({"/api/organisation/units", "/pengelolaan/api/organisation/units"})
  List<Unit> units() {
    return repository.units();
  }

  @GetMapping("/api/organisation/positions")
  List<Position> positions() {
    return repository.positions();
  }

  record Page<T>(List<T> items, int page, int size, long total) {}

  @GetMapping("/api/organisation/employees")
  Page<Employee> employees(@RequestParam(required = false) String unit,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "page harus 0 atau lebih, size antara 1 dan " + MAX_PAGE_SIZE);
    }
    return new Page<>(repository.employees(unit, page * size, size), page, size, repository.countEmployees(unit));
  }

  record EmployeeView(Employee employee, Employee supervisor, Employee appealReviewer, LocalDate date) {}

  @GetMapping("/api/organisation/employees/{nip}")
  EmployeeView employee(@PathVariable String nip,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    LocalDate on = date == null ? EngineClock.today() : date;
    Employee employee = repository.employee(nip).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "Pegawai dengan NIP " + nip + " tidak ditemukan"));
    return new EmployeeView(employee, reportingLine.supervisorOf(nip, on).orElse(null),
        reportingLine.appealReviewerOf(nip, on).orElse(null), on);
  }

  @GetMapping("/api/organisation/acting")
  List<ActingAssignment> acting() {
    return repository.actingAssignments();
  }

  @PostMapping("/api/organisation/acting")
  ResponseEntity<ActingAssignment> appointActing(@RequestBody ActingAssignment assignment) {
    ActingAssignment appointed = actingAssignments.appointDirectly(assignment);
    audit.record(AuditTrail.Event.of(AuditAction.PLT_PLH_DITUNJUK, appointed.positionCode(), appointed)
        .aboutPerson(appointed.nip()));
    return ResponseEntity.status(HttpStatus.CREATED).body(appointed);
  }

  /** Posts found vacant while their work was due, which HR has been asked to fill. */
  @GetMapping("/api/organisation/vacant-posts")
  List<VacantPosts.Vacancy> vacantPosts() {
    return vacantPosts.open();
  }

  @DeleteMapping("/api/organisation/acting/{id}")
  ResponseEntity<Void> endActing(@PathVariable long id) {
    if (!repository.deleteActingAssignment(id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Penugasan Plt/Plh " + id + " tidak ditemukan");
    }
    audit.record(AuditTrail.Event.of(AuditAction.PLT_PLH_DIAKHIRI, "penugasan " + id, null));
    return ResponseEntity.noContent().build();
  }

  private static String csv(HttpServletRequest request) throws IOException {
    if (request instanceof MultipartHttpServletRequest multipart && multipart.getFile("file") != null) {
      return CsvFile.decode(multipart.getFile("file").getBytes());
    }
    return CsvFile.decode(request.getInputStream().readAllBytes());
  }
}
