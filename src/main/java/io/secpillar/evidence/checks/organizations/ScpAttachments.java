package io.secpillar.evidence.checks.organizations;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.organizations.OrganizationsInventory.Organization;
import io.secpillar.evidence.inventory.organizations.OrganizationsInventory.ServiceControlPolicy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Weighs the SCP list of an organization that has all features: attached custom SCPs mean guardrails exist. */
final class ScpAttachments {

    private ScpAttachments() {
    }

    static Verdict verdict(Organization org, List<ServiceControlPolicy> scps) {
        List<ServiceControlPolicy> custom = scps.stream().filter(p -> !p.awsManaged()).toList();
        List<String> attached = custom.stream().filter(p -> targets(p).filter(n -> n > 0).isPresent())
                .map(ServiceControlPolicy::name).toList();
        List<String> unknown = custom.stream().filter(p -> targets(p).isEmpty()).map(ServiceControlPolicy::name).toList();
        Map<String, String> observed = Map.of("customScps", String.valueOf(custom.size()),
                "attachedCustomScps", String.valueOf(attached.size()));
        String proof = "ListPolicies (SERVICE_CONTROL_POLICY): " + scps.stream()
                .map(p -> p.name() + targets(p).map(n -> " attached to " + n).orElse("")).toList();
        if (!attached.isEmpty()) {
            return Verdict.pass("Organization " + org.id() + " attaches its own SCPs " + attached + ".",
                    observed, proof);
        }
        if (!unknown.isEmpty()) {
            return new Verdict(Status.COULD_NOT_ASSESS, "The attachments of SCPs " + unknown
                    + " could not be read (organizations:ListTargetsForPolicy).", observed, proof);
        }
        return Verdict.fail(custom.isEmpty()
                ? "Organization " + org.id() + " has no SCP besides AWS's FullAWSAccess."
                : "None of the SCPs " + custom.stream().map(ServiceControlPolicy::name).toList() + " is attached.",
                observed, proof);
    }

    private static Optional<Integer> targets(ServiceControlPolicy policy) {
        return policy.targets().filter(Fetched::isOk).map(Fetched::value);
    }
}
