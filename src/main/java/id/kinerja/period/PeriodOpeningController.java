package id.kinerja.period;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * HR opens a period and follows its progress: how many started, how many left, who failed and why;
 * through HTTP Basic ({@code /api}) and from HR's screen ({@code /pengelolaan/api}), the same code.
 */
@RestController
class PeriodOpeningController {

  record OpenRequest(String unitCode) {}

  private final PeriodOpenings openings;
  private final PeriodOpeningRepository repository;

  PeriodOpeningController(PeriodOpenings openings, PeriodOpeningRepository repository) {
    this.openings = openings;
    this.repository = repository;
  }

  @PostMapping({"/api/periods/{year}/openings", "/pengelolaan/api/periods/{year}/openings"})
  ResponseEntity<PeriodOpenings.Progress> open(@PathVariable int year, @RequestBody(required = false) OpenRequest request,
      Principal user) {
    long id = openings.open(year, request == null ? null : request.unitCode(), user.getName());
    return ResponseEntity.accepted().location(URI.create("/api/periods/" + year + "/openings/" + id))
        .body(openings.progress(id));
  }

  @GetMapping({"/api/periods/{year}/openings/{id}", "/pengelolaan/api/periods/{year}/openings/{id}"})
  PeriodOpenings.Progress progress(@PathVariable int year, @PathVariable long id) {
    return openings.progress(id);
  }

  @GetMapping("/api/periods/{year}/openings")
  List<PeriodOpeningRepository.Opening> list(@PathVariable int year) {
    return repository.ofYear(year);
  }
}
