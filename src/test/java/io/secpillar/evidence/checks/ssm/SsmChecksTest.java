package io.secpillar.evidence.checks.ssm;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.ssm.SsmInventory;
import io.secpillar.evidence.inventory.ssm.SsmInventory.ManagedNode;
import io.secpillar.evidence.inventory.ssm.SsmInventory.OwnedDocument;
import io.secpillar.evidence.inventory.ssm.SsmInventory.PatchState;
import io.secpillar.evidence.inventory.ssm.SsmInventory.RunningInstance;
import io.secpillar.evidence.inventory.ssm.SsmInventory.SessionPreferences;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SsmChecksTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    static final RunningInstance WEB = instance("i-0aaaaaaaaaaaaaaa1");
    static final RunningInstance BATCH = instance("i-0bbbbbbbbbbbbbbb2");
    static final RunningInstance LEGACY = instance("i-0ccccccccccccccc3");
    static final List<ManagedNode> NODES = List.of(new ManagedNode(WEB.instanceId(), "Online", "web"),
            new ManagedNode(BATCH.instanceId(), "ConnectionLost", "batch"));

    static RunningInstance instance(String id) {
        return new RunningInstance(id, "arn:aws:ec2:eu-west-1:111122223333:instance/" + id, "Instance(" + id + ")");
    }

    static <T> Fetched<T> ok(T value) {
        return Fetched.ok(value, "ssm:Test");
    }

    static SsmInventory inventory(List<PatchState> patches, List<OwnedDocument> documents,
                                  Optional<SessionPreferences> preferences) {
        return new SsmInventory(ok(List.of(WEB, BATCH, LEGACY)), ok(NODES), ok(patches), ok(documents), ok(preferences));
    }

    static final SsmInventory EMPTY = inventory(List.of(), List.of(), Optional.empty());

    @Test
    void runningInstancesMustBeOnlineManagedNodes() {
        assertThat(new Ec2InstanceManagedBySsm().evaluate(EMPTY, EU)).extracting(f -> f.status())
                .containsExactly(Status.PASS, Status.FAIL, Status.FAIL);
        assertThat(new Ec2InstanceManagedBySsm().evaluate(EMPTY, EU).get(1).reason()).contains("ConnectionLost");
    }

    @Test
    void everyManagedNodeMustReportCompliantPatching() {
        var findings = new SsmManagedCompliantPatching().evaluate(inventory(List.of(
                new PatchState(WEB.instanceId(), "COMPLIANT", "UNSPECIFIED", "web patch"),
                new PatchState(BATCH.instanceId(), "NON_COMPLIANT", "CRITICAL", "batch patch")), List.of(),
                Optional.empty()), EU);

        assertThat(findings).extracting(f -> f.status()).containsExactly(Status.PASS, Status.FAIL);
        assertThat(findings.get(1).reason()).contains("CRITICAL");
        assertThat(new SsmManagedCompliantPatching().evaluate(EMPTY, EU).get(0).reason())
                .contains("no patch scan has run");
    }

    @Test
    void aDocumentSharedWithAllFails() {
        var findings = new SsmDocumentsSetAsPublic().evaluate(inventory(List.of(), List.of(
                new OwnedDocument("Deploy", "Command", ok(List.of("444455556666"))),
                new OwnedDocument("Bootstrap", "Command", ok(List.of("all"))),
                new OwnedDocument("Hidden", "Command", Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                        SsmInventory.DESCRIBE_DOCUMENT_PERMISSION, ""))), Optional.empty()), EU);

        assertThat(findings).extracting(f -> f.status())
                .containsExactly(Status.PASS, Status.FAIL, Status.COULD_NOT_ASSESS);
        assertThat(findings.get(2).reason()).contains("ssm:DescribeDocumentPermission");
        assertThat(new SsmDocumentsSetAsPublic().evaluate(EMPTY, EU).get(0).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void sessionPreferencesNeedAKeyAndALogDestination() {
        var encryption = new SsmSessionManager(SessionSetting.ENCRYPTION);
        var logging = new SsmSessionManager(SessionSetting.LOGGING);
        var keyOnly = inventory(List.of(), List.of(), Optional.of(new SessionPreferences(
                "alias/session-key", "", "", "inputs")));

        assertThat(encryption.evaluate(keyOnly, EU).get(0).status()).isEqualTo(Status.PASS);
        assertThat(logging.evaluate(keyOnly, EU).get(0).status()).isEqualTo(Status.FAIL);
        assertThat(logging.evaluate(EMPTY, EU).get(0).reason()).contains("never saved");
        assertThat(encryption.metadata().id()).isEqualTo("ssm_session_manager_encryption_enabled");
    }

    @Test
    void couldNotAssessWhenTheNodesOrThePreferencesCannotBeRead() {
        Fetched<List<ManagedNode>> refused = Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                SsmInventory.DESCRIBE_INSTANCE_INFORMATION, "");
        var inventory = new SsmInventory(ok(List.of(WEB)), refused, ok(List.of()), ok(List.of()),
                Fetched.failed(CouldNotAssessReason.THROTTLED, SsmInventory.GET_DOCUMENT, "after 3 attempts"));

        assertThat(new Ec2InstanceManagedBySsm().evaluate(inventory, EU)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("ssm:DescribeInstanceInformation"));
        assertThat(new SsmManagedCompliantPatching().evaluate(inventory, EU).get(0).status())
                .isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(new SsmSessionManager(SessionSetting.LOGGING).evaluate(inventory, EU).get(0).status())
                .isEqualTo(Status.COULD_NOT_ASSESS);
    }
}
