package id.kinerja.organisation;

/** PNS: permanent civil servant; PPPK: civil servant on contract. */
public enum EmploymentType {
  PNS,
  PPPK
}
