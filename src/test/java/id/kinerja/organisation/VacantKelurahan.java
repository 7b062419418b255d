package id.kinerja.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.Http;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A kelurahan of Kecamatan Plaju whose Lurah post has never had a holder, with one staff member;
 * with a section head, the staff member is rated by the section head and the vacant Lurah post
 * decides their appeal.
 */
public record VacantKelurahan(String suffix, String lurahPost, String staffNip, String sectionHeadNip) {

  private static final AtomicInteger UNITS = new AtomicInteger();

  /** Loads it through HR's directory imports. */
  public static VacantKelurahan create(Http hr) {
    return create(hr, false);
  }

  public static VacantKelurahan withSectionHead(Http hr) {
    return create(hr, true);
  }

  private static VacantKelurahan create(Http hr, boolean sectionHead) {
    int n = UNITS.incrementAndGet();
    String suffix = "K" + n;
    String unit = "KEL-UJI-" + suffix;
    String lurahPost = "LURAH-UJI-" + suffix;
    String staffNip = "199001012015011" + String.format("%03d", 100 + n);
    String headNip = sectionHead ? "198501012010011" + String.format("%03d", 100 + n) : null;
    String staffReportsTo = sectionHead ? "KASI-UJI-" + suffix : lurahPost;
    assertThat(hr.post("/api/organisation/units", "text/csv",
        "kode_unit,nama_unit,kode_unit_induk\n" + unit + ",Kelurahan Uji " + suffix + ",KEC-PLAJU\n").statusCode()).isEqualTo(200);
    assertThat(hr.post("/api/organisation/positions", "text/csv", "kode_jabatan,nama_jabatan,kode_unit,kode_jabatan_atasan\n"
        + lurahPost + ",Lurah Uji " + suffix + "," + unit + ",CAMAT-PLAJU\n"
        + (sectionHead ? "KASI-UJI-" + suffix + ",Kepala Seksi Kelurahan Uji," + unit + "," + lurahPost + "\n" : "")
        + "STAF-UJI-" + suffix + ",Staf Kelurahan Uji," + unit + "," + staffReportsTo + "\n").statusCode()).isEqualTo(200);
    assertThat(hr.post("/api/organisation/employees", "text/csv", "nip,nama,golongan,jenis_asn,kode_jabatan,kode_unit,email\n"
        + staffNip + ",Pegawai Uji " + suffix + ",II/c,PNS,STAF-UJI-" + suffix + "," + unit + ",\n"
        + (sectionHead ? headNip + ",Kasi Uji " + suffix + ",III/c,PNS,KASI-UJI-" + suffix + "," + unit + ",\n" : ""))
        .statusCode()).isEqualTo(200);
    return new VacantKelurahan(suffix, lurahPost, staffNip, headNip);
  }
}
