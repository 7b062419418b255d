package id.kinerja.plan;

import java.math.BigDecimal;

/** One RHK of an SKP with its three indicators (kuantitas, kualitas, waktu) and targets. */
public record PlannedResult(
    Long id,
    int seq,
    ResultKind kind,
    String description,
    Long parentResultId,
    Long organisationGoalId,
    String quantityIndicator,
    BigDecimal quantityTarget,
    String quantityUnit,
    String qualityIndicator,
    BigDecimal qualityTarget,
    String timeIndicator,
    int timeTarget) {

  public enum ResultKind {
    UTAMA,
    TAMBAHAN
  }
}
