package id.kinerja.period;

import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** HR's setting of the units that carry an organisation predicate in a year (guarded with /api/periods/**),
 * also on HR's screen (/pengelolaan/api/...). */
@RestController
class PredicateUnitController {

  private final PredicateUnits predicateUnits;

  PredicateUnitController(PredicateUnits predicateUnits) {
    this.predicateUnits = predicateUnits;
  }

  record UnitsRequest(List<String> units) {}

  @GetMapping({"/api/periods/{year}/predicate-units", "/pengelolaan/api/periods/{year}/predicate-units"})
  PredicateUnits.Setting setting(@PathVariable int year) {
    return predicateUnits.setting(year);
  }

  @PutMapping({"/api/periods/{year}/predicate-units", "/pengelolaan/api/periods/{year}/predicate-units"})
  PredicateUnits.Setting save(@PathVariable int year, @RequestBody UnitsRequest request, Principal user) {
    return predicateUnits.save(year, request.units(), user.getName());
  }
}
