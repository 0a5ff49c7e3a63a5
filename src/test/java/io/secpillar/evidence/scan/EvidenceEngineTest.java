package io.secpillar.evidence.scan;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure engine over in-memory inventories: scopes, failures as data, timeouts, progress. */
class EvidenceEngineTest {

    record Inv(String where) { }

    record Other(String where) { }

    static final class Probe<I> implements Check<I> {
        final String id;
        final Scope scope;
        final Class<I> type;
        final boolean explode;

        Probe(String id, Scope scope, Class<I> type, boolean explode) {
            this.id = id;
            this.scope = scope;
            this.type = type;
            this.explode = explode;
        }

        public CheckMetadata metadata() {
            return new CheckMetadata(id, id, "test", scope, Severity.LOW, List.of("test:Get"), "");
        }

        public Class<I> inventoryType() {
            return type;
        }

        public List<Finding> evaluate(I inventory, Target target) {
            if (explode) {
                throw new IllegalStateException("boom");
            }
            return List.of(new Finding(id, Status.PASS, target.accountId(), target.region(), "r-" + inventory,
                    "ok", Map.of(), ""));
        }
    }

    /** Records which inventories were asked for; "slow" accounts sleep, "broken" ones throw. */
    static final class FakeSource implements InventorySource {
        final Set<String> asked = ConcurrentHashMap.newKeySet();
        final AtomicInteger calls = new AtomicInteger();

        public <I> I inventory(Class<I> type, Target target) {
            calls.incrementAndGet();
            asked.add(type.getSimpleName() + "@" + target.accountId() + "/" + target.region());
            if (target.accountId().equals("slow")) {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    throw new IllegalStateException("interrupted", e);
                }
            }
            if (target.accountId().equals("broken")) {
                throw new IllegalStateException("collector blew up");
            }
            Object inv = type == Inv.class ? new Inv(target.region()) : new Other(target.region());
            return type.cast(inv);
        }
    }

    final List<Check<?>> checks = List.of(new Probe<>("global_a", Scope.GLOBAL, Inv.class, false),
            new Probe<>("global_b", Scope.GLOBAL, Inv.class, false),
            new Probe<>("regional_c", Scope.REGIONAL, Other.class, false));

    @Test
    void globalChecksRunOncePerAccountAndRegionalOncePerRegionSharingTheInventory() {
        FakeSource source = new FakeSource();
        List<Finding> found = new CopyOnWriteArrayList<>();
        ScanPlan plan = new ScanPlan(List.of(new AccountScope("p1", "111", List.of("eu-west-1", "us-east-1")),
                new AccountScope("p2", "222", List.of("eu-west-1"))));
        ScanOutcome outcome = new EvidenceEngine(checks, ScanSettings.defaults()).run(plan, source, new ScanListener() {
            public void findings(List<Finding> batch) {
                found.addAll(batch);
            }
        }, new ScanCancellation());

        assertThat(outcome.state()).isEqualTo(EvidenceRunInfo.State.COMPLETED);
        assertThat(source.asked).containsExactlyInAnyOrder("Inv@111/global", "Inv@222/global",
                "Other@111/eu-west-1", "Other@111/us-east-1", "Other@222/eu-west-1");
        assertThat(source.calls.get()).isEqualTo(5);
        assertThat(found).filteredOn(f -> f.checkId().startsWith("global")).hasSize(4)
                .allMatch(f -> f.region().equals("global"));
        assertThat(found).filteredOn(f -> f.checkId().equals("regional_c")).extracting(Finding::region)
                .containsExactlyInAnyOrder("eu-west-1", "us-east-1", "eu-west-1");
        assertThat(outcome.unitsDone()).isEqualTo(outcome.unitsTotal()).isEqualTo(5);
    }

    @Test
    void homeRegionPrefersUsEast1WhenSelected() {
        assertThat(new AccountScope("p", "1", List.of("eu-west-1", "us-east-1")).homeRegion()).isEqualTo("us-east-1");
        assertThat(new AccountScope("p", "1", List.of("eu-west-1", "eu-central-1")).homeRegion()).isEqualTo("eu-west-1");
    }

    @Test
    void aThrowingCheckOrCollectorBecomesCouldNotAssessAndTheRunCompletes() {
        List<Check<?>> withBad = List.of(new Probe<>("good", Scope.REGIONAL, Other.class, false),
                new Probe<>("bad", Scope.REGIONAL, Other.class, true));
        List<Finding> found = new CopyOnWriteArrayList<>();
        ScanPlan plan = new ScanPlan(List.of(new AccountScope("p", "ok", List.of("eu-west-1")),
                new AccountScope("q", "broken", List.of("eu-west-1"))));
        ScanOutcome outcome = new EvidenceEngine(withBad, ScanSettings.defaults()).run(plan, new FakeSource(),
                new ScanListener() {
                    public void findings(List<Finding> batch) {
                        found.addAll(batch);
                    }
                }, new ScanCancellation());

        assertThat(outcome.state()).isEqualTo(EvidenceRunInfo.State.COMPLETED);
        assertThat(found).filteredOn(f -> f.accountId().equals("ok") && f.checkId().equals("good"))
                .extracting(Finding::status).containsExactly(Status.PASS);
        assertThat(found).filteredOn(f -> f.accountId().equals("ok") && f.checkId().equals("bad")).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
                    assertThat(f.reason()).contains("boom");
                });
        assertThat(found).filteredOn(f -> f.accountId().equals("broken")).hasSize(2)
                .allMatch(f -> f.status() == Status.COULD_NOT_ASSESS && f.reason().contains("collector blew up"));
    }

    @Test
    void aUnitThatRunsPastItsTimeoutIsStoppedAndReportedAsTimedOut() {
        List<Finding> found = new CopyOnWriteArrayList<>();
        ScanPlan plan = new ScanPlan(List.of(new AccountScope("p", "slow", List.of("eu-west-1")),
                new AccountScope("q", "fast", List.of("eu-west-1"))));
        long start = System.nanoTime();
        ScanOutcome outcome = new EvidenceEngine(List.of(checks.get(2)), new ScanSettings(2, Duration.ofMillis(300)))
                .run(plan, new FakeSource(), new ScanListener() {
                    public void findings(List<Finding> batch) {
                        found.addAll(batch);
                    }
                }, new ScanCancellation());

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(outcome.state()).isEqualTo(EvidenceRunInfo.State.COMPLETED);
        assertThat(found).filteredOn(f -> f.accountId().equals("slow")).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.observed()).containsEntry("reason", "TIMEOUT");
        });
        assertThat(found).filteredOn(f -> f.accountId().equals("fast")).extracting(Finding::status).containsExactly(Status.PASS);
    }

    @Test
    void cancellingStopsSlowUnitsAndKeepsFinishedOnes() throws Exception {
        ScanPlan plan = new ScanPlan(List.of(new AccountScope("q", "fast", List.of("eu-west-1")),
                new AccountScope("p", "slow", List.of("eu-west-1", "eu-west-2", "eu-west-3"))));
        ScanCancellation cancel = new ScanCancellation();
        List<Finding> found = new CopyOnWriteArrayList<>();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException ignored) {
                return;
            }
            cancel.cancel();
        });
        canceller.start();
        long start = System.nanoTime();
        ScanOutcome outcome = new EvidenceEngine(List.of(checks.get(2)), new ScanSettings(2, Duration.ofMinutes(1)))
                .run(plan, new FakeSource(), new ScanListener() {
                    public void findings(List<Finding> batch) {
                        found.addAll(batch);
                    }
                }, cancel);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(outcome.state()).isEqualTo(EvidenceRunInfo.State.CANCELLED);
        assertThat(found).extracting(Finding::accountId).containsExactly("fast");
        assertThat(outcome.unitsDone()).isEqualTo(1);
    }

    @Test
    void progressCountsPerAccountAndPlace() {
        List<ScanProgress> seen = new CopyOnWriteArrayList<>();
        ScanPlan plan = new ScanPlan(List.of(new AccountScope("p", "111", List.of("eu-west-1"), List.of("ap-east-1"))));
        new EvidenceEngine(checks, ScanSettings.defaults()).run(plan, new FakeSource(), new ScanListener() {
            public void progress(ScanProgress p) {
                seen.add(p);
            }
        }, new ScanCancellation());
        assertThat(seen.get(0).done()).isZero();
        ScanProgress last = seen.stream().max((a, b) -> a.done() - b.done()).orElseThrow();
        assertThat(last.done()).isEqualTo(3);
        assertThat(last.perAccount().get("111")).containsExactly(3, 3);
        assertThat(last.summary()).startsWith("3/3 · 111 3/3");
        assertThat(last.places()).extracting(ScanProgress.Place::region)
                .containsExactlyInAnyOrder("global", "eu-west-1", "ap-east-1");
    }
}
