package id.kinerja.organisation;

/**
 * PNS: permanent civil servant; PPPK: civil servant on contract; PEJABAT_NEGARA: an elected
 * official such as the kepala daerah (Walikota, Bupati, Gubernur), who holds a post at the top of
 * the chain and rates the Sekda, but is not an ASN: no NIP, no golongan and no appraisal.
 */
public enum EmploymentType {
  PNS,
  PPPK,
  PEJABAT_NEGARA;

  /** Whether the person is a civil servant, with an SKP and an appraisal every year. */
  public boolean isAsn() {
    return this != PEJABAT_NEGARA;
  }
}
