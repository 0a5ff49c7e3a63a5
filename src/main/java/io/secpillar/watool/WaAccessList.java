package io.secpillar.watool;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Exactly which Well-Architected Tool operations a push or a pull may send, and the IAM policy that allows them.
 * The client's guard is built from the same list, so what the user is shown, what the policy allows and what the
 * client can send never drift apart.
 */
public record WaAccessList(String purpose, Set<WaOperation> operations) {

    /** The policy for any push, shipped for the client's administrators; a test keeps it equal to {@link #anyPush()}. */
    public static final String SHIPPED_PUSH_FILE = "assets/iam/secpillar-wa-tool-push-policy.json";
    /** The policy for a pull, shipped likewise; equal to {@link #pull()}. */
    public static final String SHIPPED_PULL_FILE = "assets/iam/secpillar-wa-tool-pull-policy.json";

    public WaAccessList {
        operations = Set.copyOf(EnumSet.copyOf(operations));
    }

    /** A push in the given lens mode; the milestone operations only when a milestone is asked for. */
    public static WaAccessList push(LensMode mode, boolean milestone) {
        EnumSet<WaOperation> ops = EnumSet.of(WaOperation.LIST_WORKLOADS, WaOperation.CREATE_WORKLOAD,
                WaOperation.ASSOCIATE_LENSES, WaOperation.LIST_ANSWERS, WaOperation.UPDATE_ANSWER);
        if (mode == LensMode.CUSTOM) {
            ops.addAll(List.of(WaOperation.LIST_LENSES, WaOperation.IMPORT_LENS, WaOperation.CREATE_LENS_VERSION));
        }
        if (milestone) {
            ops.addAll(List.of(WaOperation.LIST_MILESTONES, WaOperation.CREATE_MILESTONE));
        }
        return new WaAccessList("SecPillarWaToolPush", ops);
    }

    /** Everything any push may need: the policy to give a client once, whatever mode is chosen later. */
    public static WaAccessList anyPush() {
        WaAccessList custom = push(LensMode.CUSTOM, true);
        return new WaAccessList(custom.purpose(), custom.operations());
    }

    /** A pull only reads. */
    public static WaAccessList pull() {
        return new WaAccessList("SecPillarWaToolPull", EnumSet.of(WaOperation.LIST_WORKLOADS,
                WaOperation.GET_WORKLOAD, WaOperation.LIST_ANSWERS, WaOperation.GET_ANSWER,
                WaOperation.LIST_MILESTONES, WaOperation.GET_MILESTONE));
    }

    public boolean allows(String apiName) {
        return operations.stream().anyMatch(op -> op.apiName().equals(apiName));
    }

    /** The operations in a stable order (as declared), for lists shown to the user. */
    public List<WaOperation> ordered() {
        return EnumSet.copyOf(operations).stream().toList();
    }

    /** The IAM actions, sorted. */
    public List<String> iamActions() {
        return operations.stream().map(WaOperation::iamAction).sorted().toList();
    }

    /** The least-privilege IAM policy: one Allow statement with exactly these actions. */
    public String policyJson() {
        String actions = iamActions().stream().map(a -> "        \"" + a + "\"")
                .collect(Collectors.joining(",\n"));
        // The WA Tool's list, create and import actions take no resource ARN, so the statement names "*".
        return """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "%s",
                      "Effect": "Allow",
                      "Action": [
                %s
                      ],
                      "Resource": "*"
                    }
                  ]
                }
                """.formatted(purpose, actions);
    }

    /** One line per operation, as shown before a push: "UpdateAnswer (writes): write one question's answer". */
    public List<String> describe() {
        return ordered().stream().map(op -> op.apiName() + (op.writes() ? " (writes)" : " (reads)") + ": "
                + op.purpose()).toList();
    }
}
