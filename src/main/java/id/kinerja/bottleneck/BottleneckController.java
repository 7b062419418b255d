package id.kinerja.bottleneck;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bottleneck figures of a year for managers (pimpinan) and HR; {@code ?activity=} narrows the breakdowns. */
@RestController
class BottleneckController {

  private final BottleneckQueries queries;

  BottleneckController(BottleneckQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/api/bottlenecks/{year}")
  BottleneckQueries.Bottlenecks bottlenecks(@PathVariable int year, @RequestParam(required = false) String activity) {
    return queries.figures(year, activity);
  }
}
