package io.secpillar.ui.evidence;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.aws.AwsInventoryReader;
import io.secpillar.evidence.aws.LoopbackAwsAccess;
import io.secpillar.evidence.fixtures.FakeAws;
import io.secpillar.evidence.fixtures.SyntheticChecks;
import io.secpillar.evidence.scan.EvidenceScanner;
import io.secpillar.evidence.scan.ScanSettings;
import io.secpillar.storage.Database;
import io.secpillar.storage.JdbcEvidenceRepository;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The Evidence view driven as a user would, against a WireMock AWS and a real H2 store, headless. */
@ExtendWith(ApplicationExtension.class)
class EvidenceViewTest {

    static final String PROD = "AKIAPROD000000000001";
    static final String DEV = "AKIADEV0000000000002";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(30)).build();

    @TempDir
    Path dir;

    Database db;
    JdbcEvidenceRepository store;
    EvidenceView view;

    /** After the extensions' own set-up: WireMock resets its stubs before each test, after TestFX's start. */
    @BeforeEach
    void stubAws() {
        FakeAws aws = new FakeAws(wm.getRuntimeInfo().getWireMock());
        aws.identity(PROD, "111122223333");
        aws.enabledRegions(PROD, List.of("eu-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-north-1"));
        aws.identity(DEV, "444455556666");
        aws.enabledRegions(DEV, List.of("eu-central-1"));
        aws.users(PROD, "111122223333", List.of(List.of("alice", "bob")));
        aws.mfaDevices(PROD, "111122223333", "alice", true);
        aws.mfaDevices(PROD, "111122223333", "bob", false);
        aws.buckets(PROD, List.of(List.of("claims-docs", "claims-logs")));
        aws.bucketEncryption(PROD, "claims-docs", true);
        aws.bucketEncryption(PROD, "claims-logs", false);
        for (String r : List.of("eu-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-north-1")) {
            aws.securityGroups(PROD, "111122223333", r, List.of(List.of("web", "open-" + r)), 250);
            aws.detectors(PROD, r, List.of("d1"), 250);
        }
    }

    @Start
    void start(Stage stage) {
        db = Database.open(dir.resolve("data"));
        store = new JdbcEvidenceRepository(db);
        LoopbackAwsAccess access = new LoopbackAwsAccess("http://127.0.0.1:" + wm.getPort(), 1, Duration.ofSeconds(10))
                .profile("prod", PROD).profile("dev", DEV);
        CheckMapping mapping = new CheckMapping(Map.of("SEC08-BP02", List.of("test_s3_bucket_encryption"),
                "SEC05-BP01", List.of("test_ec2_ssh_open")));
        EvidenceScanner scanner = new EvidenceScanner(access, new AwsInventoryReader(SyntheticChecks.collectors(),
                access::clients), store, SyntheticChecks.checks(), mapping, new ScanSettings(2, Duration.ofMinutes(1)),
                Clock.systemUTC());
        view = new EvidenceView(scanner, store, Optional.empty(), MfaPrompt.NONE);
        stage.setScene(new Scene(view.root(), 1500, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    static void waitUntil(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    void tickProd(FxRobot robot) throws Exception {
        waitUntil(5, () -> view.model().profiles.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#profiles .check-box").nth(0).queryAs(CheckBox.class));
        assertThat(view.model().selectedProfiles()).containsExactly("prod");
    }

    @Test
    void testConnectionRunFilterAndInspectTheRawEvidence(FxRobot robot) throws Exception {
        tickProd(robot);
        robot.clickOn("#test-connection");
        waitUntil(10, () -> robot.lookup("#connection").queryAs(Label.class).getText().contains("111122223333"));
        assertThat(robot.lookup("#connection").queryAs(Label.class).getText())
                .contains("arn:aws:iam::111122223333:role/SecPillarAudit").contains("5 regions enabled");

        robot.clickOn("#regions").write("eu-central-1, eu-west-1, eu-west-2");
        robot.clickOn("#run-scan");
        // the window keeps answering while the scan runs in the background
        long start = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> null).get(2, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(robot.lookup("#cancel-scan").queryButton().isDisabled()).isFalse();
        waitUntil(30, () -> robot.lookup("#progress-text").queryAs(Label.class).getText().contains("completed"));
        waitUntil(5, () -> !view.model().results.isEmpty());

        TableView<EvidenceResult> table = robot.lookup("#results").queryTableView();
        // 2 users + 2 buckets + 3 regions × (2 groups + 1 detector)
        assertThat(table.getItems()).hasSize(13);
        // the count label follows the table on a later pulse: wait for it rather than race it on a busy machine
        waitUntil(10, () -> "13 of 13 results".equals(robot.lookup("#result-count").queryAs(Label.class).getText()));

        // the filter says "Failed" as the table does (its popup, not a table cell with the same word)
        robot.clickOn("#status-filter");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                (javafx.scene.control.ListCell<?> c) -> "Failed".equals(c.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(5).allMatch(r -> r.status() == Status.FAIL);

        robot.clickOn("#search").write("claims-logs");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn(robot.lookup("#results .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detail-reason").queryAs(Label.class).getText()).isEqualTo("No default encryption");
        assertThat(robot.lookup("#detail-where").queryAs(Label.class).getText()).contains("arn:aws:s3:::claims-logs")
                .contains("account 111122223333");
        assertThat(robot.lookup("#detail-observed").queryAs(TextArea.class).getText()).isEqualTo("encrypted = false");
        assertThat(robot.lookup("#detail-remediation").queryAs(Label.class).getText()).contains("Fix test_s3_bucket_encryption");
        assertThat(robot.lookup("#detail-status").queryAs(Label.class).getText()).contains("Failed").contains("SEC08-BP02");
        assertThat(store.runs()).hasSize(1);
    }

    @Test
    void cancelStopsTheScanAndTheCancelledRunIsShownWithWhatItFound(FxRobot robot) throws Exception {
        tickProd(robot);
        robot.clickOn("#regions").write("all");
        robot.clickOn("#run-scan");
        // the first scan of a test JVM loads the SDK's clients; on a busy two-core machine that alone took over 20 s
        waitUntil(60, () -> view.model().progress.get() > 0 || !view.model().message.get().isEmpty());
        assertThat(view.model().message.get()).isEmpty();
        robot.clickOn("#cancel-scan");
        waitUntil(30, () -> robot.lookup("#progress-text").queryAs(Label.class).getText().contains("cancelled"));
        waitUntil(5, () -> view.model().selectedRun.get() != null);
        EvidenceRunInfo run = view.model().selectedRun.get();
        assertThat(run.state()).isEqualTo(EvidenceRunInfo.State.CANCELLED);
        int stored = store.findings(run.id()).size();
        assertThat(stored).isPositive();
        waitUntil(5, () -> view.model().results.size() == stored);
        assertThat(robot.lookup("#run-scan").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aScanThatCannotStartSaysWhyAndStoresNothing(FxRobot robot) throws Exception {
        tickProd(robot);
        robot.clickOn("#regions").write("mars-7");
        robot.clickOn("#run-scan");
        waitUntil(10, () -> robot.lookup("#scan-message").queryAs(Label.class).getText().contains("valid AWS region"));
        assertThat(store.runs()).isEmpty();
        assertThat(robot.lookup("#run-scan").queryButton().isDisabled()).isFalse();
    }
}
