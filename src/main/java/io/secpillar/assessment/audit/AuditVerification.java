package io.secpillar.assessment.audit;

import java.util.List;

/**
 * The outcome of verifying one workload's trail: whether the chain is intact, whether the stored review equals
 * what the chain says, and every problem found, located.
 */
public record AuditVerification(long workloadId, String workloadName, ChainHead head, List<AuditProblem> problems) {

    public AuditVerification {
        problems = List.copyOf(problems);
    }

    public boolean chainIntact() {
        return problems.stream().noneMatch(p -> p.kind().isChain());
    }

    public boolean matchesStore() {
        return problems.stream().allMatch(p -> p.kind().isChain());
    }

    /** Intact and matching: nothing was changed behind the app's back. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** One line for people, e.g. "Audit trail of "Claims Portal" intact: 412 records, head 3fa4…". */
    public String headline() {
        if (ok()) {
            return "The audit trail of \"" + workloadName + "\" is intact and matches the review: " + head.records()
                    + " records, head " + head.hash() + ".";
        }
        return "The audit trail of \"" + workloadName + "\" shows changes made outside the workbench: "
                + (chainIntact() ? "the chain is intact, but " : "the chain is broken, and ")
                + problems.size() + (problems.size() == 1 ? " problem" : " problems") + " found.";
    }
}
