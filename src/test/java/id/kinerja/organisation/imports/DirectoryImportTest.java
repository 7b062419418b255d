package id.kinerja.organisation.imports;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.DemoUsers;
import id.kinerja.Http;
import id.kinerja.KinerjaSpringTest;
import id.kinerja.organisation.OrganisationRepository;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HR uploads the directory of a Dinas Pendidikan as CSV files through the REST API. */
@KinerjaSpringTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryImportTest {

  static final String UNITS = """
      kode_unit,nama_unit,kode_unit_induk
      DISDIK-PAUD,Bidang PAUD dan Pendidikan Nonformal,DISDIK
      DISDIK,Dinas Pendidikan Kota Palembang,PEMKOT-PLG
      """;
  static final String POSITIONS = """
      kode_jabatan;nama_jabatan;kode_unit;kode_jabatan_atasan
      STAF-PNF;Pengelola Pendidikan Nonformal;DISDIK-PAUD;KABID-PAUD
      KABID-PAUD;Kepala Bidang PAUD dan PNF;DISDIK-PAUD;KADISDIK
      KADISDIK;Kepala Dinas Pendidikan;DISDIK;SEKDA
      """;
  static final String EMPLOYEES = """
      nip,nama,golongan,jenis_asn,kode_jabatan,kode_unit,email
      197001011995031001,"Drs. Bambang Irawan, M.Pd.",IV/c,PNS,KADISDIK,DISDIK,bambang@demo.palembang.go.id
      197512122000032002,"Sri Wahyuni, S.Pd.",IV/a,PNS,KABID-PAUD,DISDIK-PAUD,sri@demo.palembang.go.id
      199404042022031004,"Arif Rahman, S.Pd.",III/a,PNS,STAF-PNF,DISDIK-PAUD,
      199607012023211005,Wulan Sari,IX,PPPK,STAF-PNF,DISDIK-PAUD,wulan@demo.palembang.go.id
      """;

  @LocalServerPort
  int port;
  @Autowired
  OrganisationRepository repository;
  @Autowired
  IdentityService identityService;

  private Http hr;

  @BeforeEach
  void hr() {
    hr = Http.demoUser(port, DemoUsers.HR);
  }

  @Test
  @Order(1)
  void onlyHrMayImport() {
    assertThat(upload(Http.demoUser(port, DemoUsers.STAFF), "/api/organisation/units", UNITS).statusCode()).isEqualTo(403);
    assertThat(repository.unit("DISDIK")).isEmpty();
  }

  @Test
  @Order(2)
  void aFileWithOneBadNipImportsNothingAndNamesTheLine() {
    assertThat(upload(hr, "/api/organisation/units", UNITS).statusCode()).isEqualTo(200);
    assertThat(upload(hr, "/api/organisation/positions", POSITIONS).statusCode()).isEqualTo(200);
    String badFile = EMPLOYEES.replace("199404042022031004", "199404042022131004");

    HttpResponse<String> response = upload(hr, "/api/organisation/employees", badFile);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("\"line\":4", "TMT CPNS").doesNotContain("\"line\":2", "\"line\":3");
    assertThat(repository.employee("197001011995031001")).isEmpty();
    assertThat(identityService.createUserQuery().userId("197001011995031001").count()).isZero();
  }

  @Test
  @Order(3)
  void everyBadRowIsReportedWithItsReason() {
    String file = """
        nip,nama,golongan,jenis_asn,kode_jabatan,kode_unit,email,aktif
        197001011995031001,Satu,IV/c,PNS,KADISDIK,DISDIK,bukan-email,ya
        197001011995031001,Dua,V/a,PNS,TIDAK-ADA,DISDIK,,mungkin
        123,,IX,PPPK,STAF-PNF,DISDIK-PAUD,,
        199404042022031004,Empat,III/a,HONORER,STAF-PNF,DISDIK-PAUD,,
        """;

    HttpResponse<String> response = upload(hr, "/api/organisation/employees", file);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains(
        "email 'bukan-email' tidak valid",
        "golongan 'V/a' tidak dikenal", "kode_jabatan 'TIDAK-ADA' tidak ditemukan", "aktif harus ya atau tidak",
        "NIP harus 18 digit", "nama wajib diisi",
        "jenis_asn harus PNS, PPPK atau PEJABAT_NEGARA");
    assertThat(response.body()).contains("\"line\":2", "\"line\":3", "\"line\":4", "\"line\":5");
  }

  @Test
  @Order(3)
  void theKepalaDaerahIsImportedWithALoginInsteadOfANipAndWithoutGolongan() {
    assertThat(upload(hr, "/api/organisation/positions", "kode_jabatan,nama_jabatan,kode_unit,kode_jabatan_atasan\n"
        + "BUPATI-UJI,Bupati Uji,DISDIK,\n").statusCode()).isEqualTo(200);
    String bad = """
        nip,nama,golongan,jenis_asn,kode_jabatan,kode_unit,email
        197001011995031001,Bupati Uji,,PEJABAT_NEGARA,BUPATI-UJI,DISDIK,
        bupati.uji,Bupati Uji,IV/e,PEJABAT_NEGARA,BUPATI-UJI,DISDIK,
        """;
    HttpResponse<String> refused = upload(hr, "/api/organisation/employees", bad);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("\"line\":2", "bukan NIP", "\"line\":3", "golongan dikosongkan untuk pejabat negara");

    HttpResponse<String> imported = upload(hr, "/api/organisation/employees", """
        nip,nama,golongan,jenis_asn,kode_jabatan,kode_unit,email
        bupati.uji,Bupati Uji,,PEJABAT_NEGARA,BUPATI-UJI,DISDIK,bupati@uji.go.id
        """);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(repository.employee("bupati.uji")).get()
        .satisfies(e -> assertThat(e.employmentType().isAsn()).isFalse())
        .satisfies(e -> assertThat(e.rankGrade()).isNull());
    assertThat(identityService.createUserQuery().userId("bupati.uji").memberOfGroup("pegawai").count()).isOne();
  }

  @Test
  @Order(4)
  void aGoodFileIsImportedAndMirroredToCamundaUsersAndGroups() {
    HttpResponse<String> response = upload(hr, "/api/organisation/employees", EMPLOYEES);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"rows\":4", "\"created\":4");
    assertThat(repository.employee("199607012023211005")).get()
        .satisfies(e -> assertThat(e.rankGrade()).isEqualTo("IX"));
    var user = identityService.createUserQuery().userId("197512122000032002").singleResult();
    assertThat(user.getFirstName()).isEqualTo("Sri Wahyuni, S.Pd.");
    assertThat(user.getEmail()).isEqualTo("sri@demo.palembang.go.id");
    assertThat(identityService.createGroupQuery().groupMember("197512122000032002").list())
        .extracting(Group::getId).containsExactlyInAnyOrder("pegawai", "unit-DISDIK-PAUD");
    assertThat(identityService.createGroupQuery().groupId("unit-DISDIK").singleResult().getName())
        .isEqualTo("Dinas Pendidikan Kota Palembang");
  }

  @Test
  @Order(5)
  void reimportingIsIdempotentAndAppliesChanges() {
    long users = identityService.createUserQuery().count();
    String moved = EMPLOYEES.replace("199404042022031004,\"Arif Rahman, S.Pd.\",III/a,PNS,STAF-PNF,DISDIK-PAUD,",
        "199404042022031004,\"Arif Rahman, S.Pd.\",III/b,PNS,STAF-PNF,DISDIK,arif@demo.palembang.go.id");

    assertThat(upload(hr, "/api/organisation/employees", EMPLOYEES).body()).contains("\"created\":0", "\"updated\":4");
    assertThat(upload(hr, "/api/organisation/employees", moved).statusCode()).isEqualTo(200);

    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
    assertThat(repository.employee("199404042022031004")).get().satisfies(e -> {
      assertThat(e.rankGrade()).isEqualTo("III/b");
      assertThat(e.unitCode()).isEqualTo("DISDIK");
    });
    assertThat(identityService.createGroupQuery().groupMember("199404042022031004").list())
        .extracting(Group::getId).containsExactlyInAnyOrder("pegawai", "unit-DISDIK");
  }

  @Test
  @Order(6)
  void aDeactivatedEmployeeLeavesTheirGroups() {
    String file = "nip,nama,golongan,jenis_asn,kode_jabatan,kode_unit,email,aktif\n"
        + "199607012023211005,Wulan Sari,IX,PPPK,STAF-PNF,DISDIK-PAUD,,tidak\n";

    assertThat(upload(hr, "/api/organisation/employees", file).statusCode()).isEqualTo(200);
    assertThat(repository.employee("199607012023211005")).get().satisfies(e -> assertThat(e.active()).isFalse());
    assertThat(identityService.createGroupQuery().groupMember("199607012023211005").count()).isZero();
  }

  @Test
  @Order(7)
  void aReportingLoopIsRefused() {
    String loop = """
        kode_jabatan,nama_jabatan,kode_unit,kode_jabatan_atasan
        KADISDIK,Kepala Dinas Pendidikan,DISDIK,STAF-PNF
        """;

    HttpResponse<String> response = upload(hr, "/api/organisation/positions", loop);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("lingkaran");
    assertThat(repository.position("KADISDIK")).get().satisfies(p -> assertThat(p.reportsToCode()).isEqualTo("SEKDA"));
  }

  @Test
  @Order(8)
  void listsEmployeesPageByPage() {
    String firstPage = hr.get("/api/organisation/employees?unit=KEC-PLAJU-PU&page=0&size=1").body();
    String secondPage = hr.get("/api/organisation/employees?unit=KEC-PLAJU-PU&page=1&size=1").body();

    assertThat(firstPage).contains("\"total\":3", "\"size\":1");
    assertThat(firstPage).isNotEqualTo(secondPage);
    assertThat(hr.get("/api/organisation/employees?size=100000").statusCode()).isEqualTo(400);
  }

  @Test
  @Order(9)
  void acceptsTheFileAsAMultipartUploadToo() {
    String boundary = "kinerja-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"unit.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n" + "kode_unit,nama_unit,kode_unit_induk\nDISDIK-SD,Bidang Sekolah Dasar,DISDIK\n"
        + "\r\n--" + boundary + "--\r\n";

    HttpResponse<String> response = hr.post("/api/organisation/units", "multipart/form-data; boundary=" + boundary, body);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(repository.unit("DISDIK-SD")).get().satisfies(u -> assertThat(u.parentCode()).isEqualTo("DISDIK"));
  }

  private static HttpResponse<String> upload(Http http, String path, String csv) {
    return http.post(path, "text/csv", csv);
  }
}
