package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.VirtualMfaDevice;

import java.util.List;
import java.util.Map;

/**
 * The root user's MFA is a physical device: MFA is on and no virtual (app) device belongs to root; a root user
 * without any credentials (centralized root access) passes.
 */
public final class IamRootHardwareMfaEnabled extends InventoryCheck<IamAccountInventory> {

    public IamRootHardwareMfaEnabled() {
        super(global("iam_root_hardware_mfa_enabled", "Root user uses a hardware MFA device", "iam", Severity.HIGH,
                List.of(IamAccountInventory.GET_ACCOUNT_SUMMARY, IamAccountInventory.LIST_VIRTUAL_MFA_DEVICES),
                "Register a FIDO security key or hardware TOTP token for the root user, then remove the virtual "
                + "(phone app) device. Store the key in a safe with a documented recovery path."));
    }

    @Override
    public List<Finding> evaluate(IamAccountInventory inv, Target target) {
        String root = inv.rootArn(target.accountId());
        if (!inv.summary().isOk() || !inv.virtualMfaDevices().isOk()) {
            var failed = inv.summary().isOk() ? inv.virtualMfaDevices() : inv.summary();
            return List.of(failed.couldNotAssess(id(), target, root));
        }
        if (RootAccountSummary.hasNoCredentials(inv.summary().value())) {
            return List.of(finding(target, root, RootAccountSummary.noCredentials(inv.summary().value())));
        }
        boolean mfa = inv.summary().value().getOrDefault("AccountMFAEnabled", 0) == 1;
        List<VirtualMfaDevice> rootVirtual = inv.virtualMfaDevices().value().stream().filter(d -> d.userArn()
                .map(root::equals).orElseGet(() -> String.valueOf(d.serialNumber()).endsWith(
                        ":mfa/root-account-mfa-device"))).toList();
        boolean pass = mfa && rootVirtual.isEmpty();
        String reason = !mfa ? "The root user has no MFA device at all." : pass ? "The root user has MFA and none of "
                + "it is a virtual device." : "The root user's MFA is a virtual device (" + rootVirtual.get(0)
                .serialNumber() + ").";
        return List.of(finding(target, root, passIf(pass, reason, Map.of("AccountMFAEnabled",
                String.valueOf(mfa), "rootVirtualMfaDevices", String.valueOf(rootVirtual.size())),
                "GetAccountSummary AccountMFAEnabled=" + (mfa ? 1 : 0) + "; ListVirtualMFADevices (Assigned) for root: "
                        + rootVirtual.stream().map(VirtualMfaDevice::serialNumber).toList())));
    }
}
