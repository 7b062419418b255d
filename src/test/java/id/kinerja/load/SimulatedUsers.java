package id.kinerja.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Simulated people working their "Tugas Saya" list through /engine-rest the way Tasklist does:
 * list the filter, claim a group task, read the form variables, submit the form. One thread per
 * set of people; every thread runs at the same time, so a supervisor's reviews race with their
 * staff's submissions and with the job executor on the same process instances.
 *
 * <p>An optimistic-locking conflict (the engine's OptimisticLockingException) is retried a bounded
 * number of times, as a person would press "Selesaikan" again; each retry is counted. Any other
 * failure is recorded as unexpected.
 */
final class SimulatedUsers {

  /** One form submission the server accepted: what was submitted, on whose appraisal, by whom. */
  record Completion(String taskId, String key, String appraisee, int quarter, String by, Map<String, Object> values) {}

  static final int MAX_ATTEMPTS = 5;
  static final int MAX_OPENINGS = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String filterId;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  final Latencies latencies = new Latencies();
  final ConcurrentLinkedQueue<Completion> completions = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
  final AtomicInteger completed = new AtomicInteger();
  final AtomicInteger conflictsRetried = new AtomicInteger();
  final AtomicInteger conflictsGivenUp = new AtomicInteger();
  final AtomicInteger staleFormsReopened = new AtomicInteger();
  private final AtomicBoolean done = new AtomicBoolean();

  SimulatedUsers(int port, String filterId) {
    this.base = "http://localhost:" + port;
    this.filterId = filterId;
  }

  /** Runs until the expected number of completions, an unexpected answer, or the time limit. */
  void run(List<List<String>> peoplePerThread, int expectedCompletions, Duration limit) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(peoplePerThread.size());
    long deadline = System.nanoTime() + limit.toNanos();
    for (List<String> people : peoplePerThread) {
      pool.submit(() -> {
        try {
          work(people, expectedCompletions, deadline);
        } catch (RuntimeException | Error e) {
          unexpected.add("thread of " + people.get(0) + " stopped: " + e);
          done.set(true);
        }
      });
    }
    pool.shutdown();
    if (!pool.awaitTermination(limit.toSeconds() + 60, TimeUnit.SECONDS)) {
      done.set(true);
      pool.shutdownNow();
    }
  }

  /** Someone with nothing to do looks again later, as a person would, up to every two seconds. */
  private void work(List<String> people, int expectedCompletions, long deadline) {
    Map<String, Long> nextLook = new HashMap<>();
    Map<String, Long> idleMillis = new HashMap<>();
    while (!done.get()) {
      if (System.nanoTime() > deadline) {
        done.set(true);
        return;
      }
      boolean worked = false;
      for (String person : people) {
        if (nextLook.getOrDefault(person, 0L) > System.nanoTime()) {
          continue;
        }
        JsonNode tasks = myTasks(person);
        long idle = tasks.isEmpty() ? Math.min(2_000, idleMillis.getOrDefault(person, 125L) * 2) : 125L;
        idleMillis.put(person, idle);
        nextLook.put(person, System.nanoTime() + (tasks.isEmpty() ? idle * 1_000_000 : 0));
        for (JsonNode task : tasks) {
          worked |= complete(person, task);
          if (completed.get() >= expectedCompletions || !unexpected.isEmpty()) {
            done.set(true);
            return;
          }
        }
      }
      if (!worked) {
        pause(100);
      }
    }
  }

  private JsonNode myTasks(String person) {
    HttpResponse<String> list = send("filter-list", person,
        request("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15").GET());
    return expect(list, 200, person + " lists Tugas Saya") ? read(list.body()) : JSON.createArrayNode();
  }

  private boolean complete(String person, JsonNode task) {
    String id = task.get("id").asText();
    String key = task.get("taskDefinitionKey").asText();
    if (task.get("assignee").isNull()) {
      HttpResponse<String> claim = send("claim", person, request("/engine-rest/task/" + id + "/claim")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + person + "\"}")));
      if (!expect(claim, 204, person + " claims " + key)) {
        return false;
      }
    }
    for (int opening = 1; opening <= MAX_OPENINGS; opening++) {
      HttpResponse<String> form = send("form-variables", person,
          request("/engine-rest/task/" + id + "/form-variables?deserializeValues=false").GET());
      if (!expect(form, 200, person + " opens " + key)) {
        return false;
      }
      JsonNode variables = read(form.body());
      String appraisee = variables.path("nip").path("value").asText();
      int quarter = variables.path("triwulan").path("value").asInt(0);
      Answers.Answer answer = Answers.of(key, appraisee, quarter, variables);
      if (answer == null) {
        unexpected.add(person + " got a task nobody expected: " + key + " of " + appraisee);
        return false;
      }
      HttpResponse<String> submit = submit(person, id, key, appraisee, answer);
      if (submit == null) {
        return false;
      }
      if (submit.statusCode() == 204) {
        completions.add(new Completion(id, key, appraisee, quarter, person, answer.values()));
        completed.incrementAndGet();
        return true;
      }
      if (opening < MAX_OPENINGS && isStaleForm(key, submit)) {
        staleFormsReopened.incrementAndGet();
        continue;
      }
      expect(submit, 204, person + " submits " + key + " of " + appraisee);
      return false;
    }
    return false;
  }

  /** Submits, retrying optimistic-locking conflicts; null once they are given up. */
  private HttpResponse<String> submit(String person, String id, String key, String appraisee, Answers.Answer answer) {
    String body = JSON.createObjectNode().set("variables", answer.variables()).toString();
    for (int attempt = 1; ; attempt++) {
      HttpResponse<String> submit = send("submit-form " + key, person, request("/engine-rest/task/" + id + "/submit-form")
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
      if (!isConflict(submit)) {
        return submit;
      }
      if (attempt == MAX_ATTEMPTS) {
        conflictsGivenUp.incrementAndGet();
        unexpected.add(person + " gave up on " + key + " of " + appraisee + " after " + MAX_ATTEMPTS + " conflicts: " + submit.body());
        return null;
      }
      conflictsRetried.incrementAndGet();
      pause(20L * attempt + ThreadLocalRandom.current().nextInt(50));
    }
  }

  /**
   * The supervisor saved their SKP between this person opening "Susun SKP" (no RHK atasan offered
   * yet) and submitting it: the server now offers RHK atasan and refuses a row without one, with
   * a message naming the field. A person reopens the form and picks one; so does the simulation.
   */
  static boolean isStaleForm(String key, HttpResponse<String> response) {
    return key.equals("Task_SusunSkp") && response.statusCode() == 400
        && response.body().contains("RHK atasan yang diintervensi wajib dipilih");
  }

  /** The engine's answer to a concurrent change of the same rows: the completion was rolled back. */
  static boolean isConflict(HttpResponse<String> response) {
    return (response.statusCode() == 409 || response.statusCode() == 500) && response.body().contains("OptimisticLocking");
  }

  private boolean expect(HttpResponse<String> response, int status, String what) {
    if (response.statusCode() == status) {
      return true;
    }
    unexpected.add(what + ": " + response.statusCode() + " " + response.body());
    return false;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
  }

  private HttpResponse<String> send(String type, String person, HttpRequest.Builder request) {
    String token = Base64.getEncoder().encodeToString((person + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = client.send(request.header("Authorization", "Basic " + token).build(),
          HttpResponse.BodyHandlers.ofString());
      latencies.record(type.startsWith("submit-form") ? "submit-form" : type, response.statusCode(), System.nanoTime() - started);
      if (type.startsWith("submit-form")) {
        latencies.record(type, response.statusCode(), System.nanoTime() - started);
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static ObjectNode newObject() {
    return JSON.createObjectNode();
  }
}
