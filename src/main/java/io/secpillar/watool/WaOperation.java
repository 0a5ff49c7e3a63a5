package io.secpillar.watool;

import java.util.Locale;

/**
 * The Well-Architected Tool operations the workbench knows. A push or pull may send only those of its
 * {@link WaAccessList}; the client's guard refuses every other operation before credentials are fetched.
 */
public enum WaOperation {
    LIST_WORKLOADS("ListWorkloads", false, "find the workload by name, or list the workloads"),
    GET_WORKLOAD("GetWorkload", false, "read the workload's environment, accounts, regions, owner and lenses"),
    CREATE_WORKLOAD("CreateWorkload", true, "create the workload when none has its name"),
    ASSOCIATE_LENSES("AssociateLenses", true, "add the lens to a workload that lacks it"),
    LIST_LENSES("ListLenses", false, "find our custom lens, if it was imported before"),
    IMPORT_LENS("ImportLens", true, "import our lens as a custom lens (or its new content as a draft)"),
    CREATE_LENS_VERSION("CreateLensVersion", true, "publish the imported lens as a version"),
    LIST_ANSWERS("ListAnswers", false, "read the questions and choices the workload's lens review has"),
    GET_ANSWER("GetAnswer", false, "read one answer with its notes"),
    UPDATE_ANSWER("UpdateAnswer", true, "write one question's answer"),
    LIST_MILESTONES("ListMilestones", false, "see whether the milestone name is taken, or list milestones"),
    GET_MILESTONE("GetMilestone", false, "read one milestone"),
    CREATE_MILESTONE("CreateMilestone", true, "save a milestone");

    private final String apiName;
    private final boolean writes;
    private final String purpose;

    WaOperation(String apiName, boolean writes, String purpose) {
        this.apiName = apiName;
        this.writes = writes;
        this.purpose = purpose;
    }

    /** The operation's name in the API and in the SDK's execution attributes, e.g. {@code UpdateAnswer}. */
    public String apiName() {
        return apiName;
    }

    /** The IAM action, e.g. {@code wellarchitected:UpdateAnswer}. */
    public String iamAction() {
        return "wellarchitected:" + apiName;
    }

    /** True for the operations that change something in the client's account. */
    public boolean writes() {
        return writes;
    }

    /** What the workbench calls it for, in a few words. */
    public String purpose() {
        return purpose;
    }

    public static java.util.Optional<WaOperation> byApiName(String name) {
        for (WaOperation op : values()) {
            if (op.apiName.equals(name)) {
                return java.util.Optional.of(op);
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return apiName + (writes ? " (writes)" : "") + " - " + purpose.toLowerCase(Locale.ROOT);
    }
}
