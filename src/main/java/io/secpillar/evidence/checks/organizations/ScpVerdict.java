package io.secpillar.evidence.checks.organizations;

import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.checks.organizations.OrganizationsInventory.ServiceControlPolicy;
import software.amazon.awssdk.services.organizations.model.Organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Weighs the SCP list of an organization that has all features: attached custom SCPs mean guardrails exist. */
final class ScpVerdict {

    private ScpVerdict() {
    }

    static Finding judge(CheckMetadata metadata, Target target, Organization org,
                         Fetched<List<ServiceControlPolicy>> scps) {
        if (!scps.isOk()) {
            Finding refused = scps.couldNotAssess(metadata.id(), target, target.accountId());
            boolean member = !target.accountId().equals(org.masterAccountId());
            String why = member ? " Only the management account (" + org.masterAccountId() + ") or a delegated "
                    + "administrator of organization " + org.id() + " can list its SCPs; scan with a profile there."
                    : "";
            return new Finding(refused.checkId(), refused.status(), refused.accountId(), refused.region(),
                    refused.resourceId(), refused.reason() + why, refused.observed(), refused.proof());
        }
        List<ServiceControlPolicy> custom = scps.value().stream().filter(p -> !p.awsManaged()).toList();
        List<String> attached = custom.stream().filter(p -> targets(p).filter(n -> n > 0).isPresent())
                .map(p -> p.summary().name()).toList();
        List<String> unknown = custom.stream().filter(p -> targets(p).isEmpty()).map(p -> p.summary().name()).toList();
        Map<String, String> observed = Map.of("customScps", String.valueOf(custom.size()),
                "attachedCustomScps", String.valueOf(attached.size()));
        String proof = "ListPolicies (SERVICE_CONTROL_POLICY): " + scps.value().stream()
                .map(p -> p.summary().name() + targets(p).map(n -> " attached to " + n).orElse("")).toList();
        if (!attached.isEmpty()) {
            return finding(metadata, target, Status.PASS, "Organization " + org.id() + " attaches its own SCPs "
                    + attached + ".", observed, proof);
        }
        if (!unknown.isEmpty()) {
            return finding(metadata, target, Status.COULD_NOT_ASSESS, "The attachments of SCPs " + unknown
                    + " could not be read (organizations:ListTargetsForPolicy).", observed, proof);
        }
        return finding(metadata, target, Status.FAIL, custom.isEmpty()
                ? "Organization " + org.id() + " has no SCP besides AWS's FullAWSAccess."
                : "None of the SCPs " + custom.stream().map(p -> p.summary().name()).toList() + " is attached.",
                observed, proof);
    }

    private static Optional<Integer> targets(ServiceControlPolicy policy) {
        return policy.targets().filter(Fetched::isOk).map(Fetched::value);
    }

    static Finding finding(CheckMetadata metadata, Target target, Status status, String reason,
                           Map<String, String> observed, String proof) {
        return new Finding(metadata.id(), status, target.accountId(), target.region(), target.accountId(), reason,
                observed, proof);
    }
}
