package id.kinerja.load;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.appraisal.AppraisalDriver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each form submits for a task, with values that differ per appraisal and quarter so a
 * lost or crossed update shows in the domain tables. Built from the task's form variables, as
 * the form itself does (the prepared rows of the SKP, the parent RHK options).
 */
final class Answers {

  /** The form variables to submit and the values the domain tables must then hold. */
  record Answer(ObjectNode variables, Map<String, Object> values) {}

  static final String ABOVE = "DI_ATAS_EKSPEKTASI";
  static final String AS_EXPECTED = "SESUAI_EKSPEKTASI";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Answers() {}

  /** The answer of the form of that task, or null for a task the load test does not expect. */
  static Answer of(String key, String appraisee, int quarter, JsonNode formVariables) {
    int seed = seed(appraisee);
    return switch (key) {
      case "Task_SusunSkp" -> plan(appraisee, seed, formVariables);
      case "Task_PeriksaSkp" -> simple(AppraisalDriver.approve(), Map.of("decision", "SETUJUI"));
      case "Task_CatatRealisasi" -> realisation(seed, quarter, formVariables);
      case "Task_UmpanBalikTriwulan" -> {
        String results = quarterlyResults(seed, quarter);
        yield review(results, formVariables);
      }
      case "Task_PenilaianMandiri" -> selfAssessment(appraisee, formVariables);
      case "Task_NilaiKinerja" -> {
        String rating = finalRating(seed);
        // A unit head's results follow from the unit's predicate, set to Istimewa for the load year: the form sends none.
        yield formVariables.path("kepalaUnit").path("value").asBoolean(false)
            ? simple(AppraisalDriver.headRating(rating, rating), Map.of("results", ABOVE, "behaviour", rating))
            : simple(AppraisalDriver.rating(rating, rating, rating), Map.of("results", rating, "behaviour", rating));
      }
      case "Task_TinjauHasil" -> simple(AppraisalDriver.accept(), Map.of());
      case "Task_ProsesPenghargaan" -> simple(Map.of("jenisPenghargaan", "Pegawai berprestasi tahun ini",
          "catatanPenghargaan", "Diusulkan ke BKPSDM"), Map.of());
      default -> null;
    };
  }

  /** Spreads the answers over the people, the same for a person in every run. */
  private static int seed(String appraisee) {
    return Math.floorMod(appraisee.hashCode(), 1000);
  }

  static String quarterlyResults(int seed, int quarter) {
    return (seed + quarter) % 3 == 0 ? ABOVE : AS_EXPECTED;
  }

  /** Whether the appraisee's final rating is SANGAT_BAIK, which the follow-up rules nominate for an award. */
  static boolean nominatedForAward(String appraisee) {
    return finalRating(seed(appraisee)).equals(ABOVE);
  }

  /** A third get "above expectations" in both, hence SANGAT_BAIK; the others BAIK. */
  static String finalRating(int seed) {
    return seed % 3 == 0 ? ABOVE : AS_EXPECTED;
  }

  private static Answer plan(String appraisee, int seed, JsonNode formVariables) {
    List<Map<String, Object>> options = rows(formVariables, "pilihanRhkAtasan");
    String parent = options.isEmpty() ? null : String.valueOf(options.get(0).get("value"));
    Map<String, Object> row = AppraisalDriver.planRow(parent, "UTAMA");
    String description = "RHK beban " + appraisee;
    int target = 10 + seed % 40;
    row.put("uraian", description);
    row.put("targetKuantitas", target);
    ObjectNode variables = json("rhk", List.of(row));
    variables.setAll(simple(AppraisalDriver.appendix(), Map.of()).variables());
    return new Answer(variables, Map.of("description", description, "quantityTarget", target));
  }

  private static Answer realisation(int seed, int quarter, JsonNode formVariables) {
    int quantity = quarter + seed % 7;
    int quality = 70 + (seed + quarter) % 30;
    List<Map<String, Object>> rows = rows(formVariables, "realisasi");
    rows.forEach(row -> {
      row.put("realisasiKuantitas", quantity);
      row.put("realisasiKualitas", quality);
      row.put("realisasiWaktu", 3);
      row.put("buktiDukung", "https://bukti.example/tw" + quarter);
    });
    return new Answer(json("realisasi", rows), Map.of("quantity", quantity, "quality", quality, "rows", rows.size()));
  }

  /** Feedback on every RHK the form lists, and the periodic ratings. */
  private static Answer review(String results, JsonNode formVariables) {
    List<Map<String, Object>> rows = rows(formVariables, "umpanBalikRhk");
    rows.forEach(row -> row.put("umpanBalik", AppraisalDriver.FEEDBACK));
    ObjectNode variables = json("umpanBalikRhk", rows);
    variables.set("ratingHasilKerja", JSON.createObjectNode().put("value", results));
    variables.set("ratingPerilakuKerja", JSON.createObjectNode().put("value", AS_EXPECTED));
    return new Answer(variables, Map.of("results", results, "behaviour", AS_EXPECTED));
  }

  private static Answer selfAssessment(String appraisee, JsonNode formVariables) {
    String achievement = "Capaian akhir " + appraisee;
    List<Map<String, Object>> rows = rows(formVariables, "penilaianMandiri");
    rows.forEach(row -> {
      row.put("realisasiAkhir", achievement);
      row.put("buktiDukung", "https://bukti.example/akhir");
      row.put("capaianMandiri", AS_EXPECTED);
    });
    ObjectNode variables = json("penilaianMandiri", rows);
    variables.set("ringkasanMandiri", JSON.createObjectNode().put("value", "Seluruh target tercapai"));
    return new Answer(variables, Map.of("achievement", achievement, "rows", rows.size()));
  }

  private static Answer simple(Map<String, Object> answers, Map<String, Object> values) {
    ObjectNode variables = JSON.createObjectNode();
    answers.forEach((name, value) -> variables.set(name, JSON.createObjectNode().set("value", JSON.valueToTree(value))));
    return new Answer(variables, values);
  }

  private static ObjectNode json(String name, Object rows) {
    try {
      ObjectNode variables = JSON.createObjectNode();
      variables.set(name, JSON.createObjectNode().put("type", "Json").put("value", JSON.writeValueAsString(rows)));
      return variables;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of a Json form variable, whether the REST API sent it as text or as JSON. */
  private static List<Map<String, Object>> rows(JsonNode formVariables, String name) {
    JsonNode value = formVariables.path(name).path("value");
    if (value.isMissingNode() || value.isNull()) {
      return new java.util.ArrayList<>();
    }
    try {
      String raw = value.isTextual() ? value.asText() : value.toString();
      List<Map<String, Object>> rows = JSON.readValue(raw, new TypeReference<List<LinkedHashMap<String, Object>>>() {}).stream()
          .map(row -> (Map<String, Object>) row).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
