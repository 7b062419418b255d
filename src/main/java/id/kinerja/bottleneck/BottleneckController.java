package id.kinerja.bottleneck;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The bottleneck figures of a year for managers (pimpinan) and HR. */
@RestController
class BottleneckController {

  record Bottlenecks(int year, List<BottleneckQueries.ActivityFigures> activities, List<BottleneckQueries.Group> units,
      List<BottleneckQueries.Group> assignees) {}

  private final BottleneckQueries queries;

  BottleneckController(BottleneckQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/api/bottlenecks/{year}")
  Bottlenecks bottlenecks(@PathVariable int year) {
    return new Bottlenecks(year, queries.perActivity(year), queries.perUnit(year), queries.perAssignee(year));
  }
}
