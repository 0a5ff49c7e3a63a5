package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;

import java.util.List;
import java.util.Map;

/** The root user's MFA is a physical device: MFA is on and no virtual (app) device belongs to root. */
public final class IamRootHardwareMfaEnabled implements Check<IamAccountInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("iam_root_hardware_mfa_enabled",
            "Root user uses a hardware MFA device", "iam", Scope.GLOBAL, Severity.HIGH,
            List.of(IamAccountInventory.GET_ACCOUNT_SUMMARY, IamAccountInventory.LIST_VIRTUAL_MFA_DEVICES),
            "Register a FIDO security key or hardware TOTP token for the root user, then remove the virtual "
                    + "(phone app) device. Store the key in a safe with a documented recovery path.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<IamAccountInventory> inventoryType() {
        return IamAccountInventory.class;
    }

    @Override
    public List<Finding> evaluate(IamAccountInventory inv, Target target) {
        String root = inv.rootArn(target.accountId());
        if (!inv.summary().isOk() || !inv.virtualMfaDevices().isOk()) {
            var failed = inv.summary().isOk() ? inv.virtualMfaDevices() : inv.summary();
            return List.of(failed.couldNotAssess(METADATA.id(), target, root));
        }
        boolean mfa = inv.summary().value().getOrDefault("AccountMFAEnabled", 0) == 1;
        List<VirtualMFADevice> rootVirtual = inv.virtualMfaDevices().value().stream()
                .filter(d -> isRoots(d, root)).toList();
        boolean pass = mfa && rootVirtual.isEmpty();
        String reason = !mfa ? "The root user has no MFA device at all."
                : pass ? "The root user has MFA and none of it is a virtual device."
                : "The root user's MFA is a virtual device (" + rootVirtual.get(0).serialNumber() + ").";
        return List.of(new Finding(METADATA.id(), pass ? Status.PASS : Status.FAIL, target.accountId(),
                target.region(), root, reason, Map.of("AccountMFAEnabled", String.valueOf(mfa),
                "rootVirtualMfaDevices", String.valueOf(rootVirtual.size())),
                "GetAccountSummary AccountMFAEnabled=" + (mfa ? 1 : 0) + "; ListVirtualMFADevices (Assigned) for root: "
                        + rootVirtual.stream().map(VirtualMFADevice::serialNumber).toList()));
    }

    private static boolean isRoots(VirtualMFADevice device, String rootArn) {
        return device.user() != null ? rootArn.equals(device.user().arn())
                : String.valueOf(device.serialNumber()).endsWith(":mfa/root-account-mfa-device");
    }
}
