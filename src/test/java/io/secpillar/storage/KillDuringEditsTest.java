package io.secpillar.storage;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.questionnaire.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child JVM edits answers without pause and is killed with {@code kill -9} at a random moment, twenty times
 * over the same data directory. After each kill the store opens normally and every
 * edit the child acknowledged as saved is there (the last one per question, or a later edit that was already
 * committed when the kill came).
 */
class KillDuringEditsTest {

    static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedEditSurvivesKillMinus9() throws Exception {
        Random random = new Random(Long.getLong("durability.seed", 9L));
        Map<String, Long> lastAcked = new HashMap<>();
        long acknowledged = 0;
        long lost = 0;
        for (int round = 0; round < KILLS; round++) {
            long first = round * 1_000_000L;
            Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    AnswerEditingChild.class.getName(), dir.toString(), Long.toString(first)))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long killAfterMs = 150 + random.nextInt(900);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line = in.readLine();
                assertThat(line).as("round %d: the child opened the store", round).startsWith("READY");
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(killAfterMs);
                while (System.nanoTime() < deadline && (line = in.readLine()) != null) {
                    String[] parts = line.split(" ");
                    if (parts[0].equals("ACK")) {
                        lastAcked.put(parts[2], Long.parseLong(parts[1]));
                        acknowledged++;
                    }
                }
                // kill -9 (not destroyForcibly, which also closes our end of its output, losing the last lines)
                Process kill = new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start();
                assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
                // lines already written before the kill are acknowledgements too
                while ((line = in.readLine()) != null) {
                    String[] parts = line.split(" ");
                    if (parts[0].equals("ACK")) {
                        lastAcked.put(parts[2], Long.parseLong(parts[1]));
                        acknowledged++;
                    }
                }
            }
            lost += lostEdits(lastAcked, round);
        }
        System.out.printf("durability: %d kill -9 during edits, %,d edits acknowledged, %d lost%n", KILLS, acknowledged, lost);
        assertThat(acknowledged).isGreaterThan(KILLS);
        assertThat(lost).isZero();
    }

    /** Opens the store after a kill and counts questions whose last acknowledged edit is missing. */
    private long lostEdits(Map<String, Long> lastAcked, int round) {
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            var w = services.reviews().findByIdOrName(AnswerEditingChild.WORKLOAD).orElseThrow();
            ReviewSnapshot review = services.reviews().open(w.id());
            long lost = 0;
            for (Map.Entry<String, Long> acked : lastAcked.entrySet()) {
                Answer answer = review.answer(acked.getKey()).orElse(null);
                long stored = answer == null || !answer.notes().startsWith("edit ") ? -1
                        : Long.parseLong(answer.notes().substring(5));
                if (answer != null && stored >= 0) {
                    String firstPractice = review.lens().lens().question(acked.getKey()).orElseThrow()
                            .bestPractices().get(0).id();
                    assertThat(answer.selected().contains(firstPractice)).as("round %d: %s is edit %d whole (its tick"
                            + " and its notes were saved together)", round, acked.getKey(), stored).isEqualTo(stored % 2 == 0);
                }
                if (stored < acked.getValue()) {
                    System.out.printf("round %d: %s holds edit %d, edit %d was acknowledged%n", round, acked.getKey(),
                            stored, acked.getValue());
                    lost++;
                }
            }
            return lost;
        }
    }
}
