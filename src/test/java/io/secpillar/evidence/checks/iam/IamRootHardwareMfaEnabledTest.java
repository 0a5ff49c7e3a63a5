package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.VirtualMfaDevice;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.secpillar.evidence.checks.iam.IamFixtures.GLOBAL;
import static io.secpillar.evidence.checks.iam.IamFixtures.ROOT;
import static org.assertj.core.api.Assertions.assertThat;

class IamRootHardwareMfaEnabledTest {

    private final IamRootHardwareMfaEnabled check = new IamRootHardwareMfaEnabled();

    private static IamAccountInventory with(int mfa, List<VirtualMfaDevice> devices) {
        return with(Map.of("AccountMFAEnabled", mfa), devices);
    }

    private static IamAccountInventory with(Map<String, Integer> summary, List<VirtualMfaDevice> devices) {
        IamAccountInventory base = IamFixtures.summary(summary);
        return IamFixtures.account(base.summary(), Fetched.ok(devices, "iam:ListVirtualMFADevices"),
                base.passwordPolicy(), base.supportPolicyHolders());
    }

    private static VirtualMfaDevice device(String serial, String userArn) {
        return new VirtualMfaDevice(serial, Optional.of(userArn));
    }

    @Test
    void passesWhenRootMfaIsNotVirtual() {
        var alicePhone = device("arn:aws:iam::111122223333:mfa/alice", "arn:aws:iam::111122223333:user/alice");

        assertThat(check.evaluate(with(1, List.of(alicePhone)), GLOBAL)).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Status.PASS));
    }

    @Test
    void failsWhenRootUsesAVirtualDevice() {
        var rootPhone = device("arn:aws:iam::111122223333:mfa/root-account-mfa-device", ROOT);

        assertThat(check.evaluate(with(1, List.of(rootPhone)), GLOBAL)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAIL);
            assertThat(f.reason()).contains("virtual device").contains("root-account-mfa-device");
        });
    }

    @Test
    void failsWhenRootHasNoMfaAtAll() {
        assertThat(check.evaluate(with(0, List.of()), GLOBAL)).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
    }

    @Test
    void passesWhenRootHasNoCredentialsAtAll() {
        assertThat(check.evaluate(with(Map.of("AccountMFAEnabled", 0, "AccountPasswordPresent", 0,
                "AccountAccessKeysPresent", 0), List.of()), GLOBAL)).singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.PASS);
                    assertThat(f.reason()).contains("centralized root access");
                });
    }

    @Test
    void couldNotAssessWhenTheDeviceListWasRefused() {
        IamAccountInventory base = IamFixtures.summary(Map.of("AccountMFAEnabled", 1));
        IamAccountInventory denied = IamFixtures.account(base.summary(),
                IamFixtures.denied("iam:ListVirtualMFADevices"), base.passwordPolicy(), base.supportPolicyHolders());

        assertThat(check.evaluate(denied, GLOBAL)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("iam:ListVirtualMFADevices");
        });
    }
}
