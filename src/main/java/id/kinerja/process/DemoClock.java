package id.kinerja.process;

import id.kinerja.audit.AuditAction;
import id.kinerja.audit.AuditTrail;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plays a demo year through time: an administrator moves the engine's clock forward to a day
 * (00:00), from where it runs on. Timers that fall due fire, and every date the server reads
 * ({@link EngineClock}) follows. Only in the demo ({@code kinerja.demo.enabled}). Backwards only
 * while no process runs yet (to play the current year from January): later, timers already fired
 * and records already written would lie in the future.
 */
@RestController
@RequestMapping("/api/demo/clock")
@ConditionalOnProperty(name = "kinerja.demo.enabled", havingValue = "true")
class DemoClock {

  record Clock(LocalDateTime now, boolean moved) {}

  record Move(LocalDate date) {}

  private final AuditTrail audit;
  private final RuntimeService runtimeService;

  DemoClock(AuditTrail audit, RuntimeService runtimeService) {
    this.audit = audit;
    this.runtimeService = runtimeService;
  }

  @GetMapping
  Clock clock() {
    LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    return new Clock(now, Math.abs(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis()) > 60_000);
  }

  @PutMapping
  Clock move(@RequestBody Move move) {
    if (move == null || move.date() == null) {
      throw new IllegalArgumentException("Tanggal (date, YYYY-MM-DD) wajib diisi");
    }
    Date target = Date.from(move.date().atStartOfDay(ZoneId.systemDefault()).toInstant());
    if (target.before(ClockUtil.getCurrentTime()) && runtimeService.createProcessInstanceQuery().count() > 0) {
      throw new IllegalArgumentException("Jam demo hanya dapat dimajukan setelah penilaian berjalan: " + move.date()
          + " sudah lewat");
    }
    ClockUtil.offset(target.getTime() - System.currentTimeMillis());
    audit.record(AuditTrail.Event.of(AuditAction.JAM_DEMO_DIUBAH, "jam demo", Map.of("tanggal", move.date().toString())));
    return clock();
  }

  /** Back to real time. */
  @DeleteMapping
  ResponseEntity<Clock> reset() {
    ClockUtil.reset();
    audit.record(AuditTrail.Event.of(AuditAction.JAM_DEMO_DIUBAH, "jam demo", Map.of("tanggal", "waktu nyata")));
    return ResponseEntity.ok(clock());
  }
}
