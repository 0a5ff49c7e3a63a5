package io.secpillar.assessment;

/** What a record of the audit trail is about. The label is what the trail's screens and exports show. */
public enum ChangeKind {
    WORKLOAD_CREATED("Workload created", Carries.WORKLOAD),
    WORKLOAD_UPDATED("Workload details changed", Carries.WORKLOAD),
    ANSWER_CHANGED("Answer changed", Carries.ANSWER),
    NOTES_CHANGED("Notes changed", Carries.ANSWER),
    APPLICABILITY_CHANGED("Applicability changed", Carries.ANSWER),
    TRAIL_STARTED("Audit trail started for an existing workload", Carries.NOTHING),
    ANSWER_BASELINE("Answer as found when the trail started", Carries.ANSWER),
    WORKLOAD_BASELINE("Workload as found when the trail started", Carries.WORKLOAD),
    EVIDENCE_DECISION("Decision on evidence", Carries.NOTHING),
    MILESTONE_CREATED("Milestone saved", Carries.MILESTONE),
    MILESTONE_DELETED("Milestone deleted", Carries.MILESTONE),
    IMPROVEMENT_CHANGED("Improvement item changed", Carries.NOTHING),
    ATTACHMENT_ADDED("Attachment added", Carries.NOTHING),
    ATTACHMENT_REMOVED("Attachment removed", Carries.NOTHING),
    EXPORTED("Exported to a hand-over file", Carries.NOTHING),
    IMPORTED("Imported from a hand-over file", Carries.NOTHING),
    MERGED("Merged a reviewer's hand-over file", Carries.NOTHING);

    /** Which part of the stored state a record's "after" describes, so verification can compare it. */
    public enum Carries { ANSWER, WORKLOAD, MILESTONE, NOTHING }

    private final String label;
    private final Carries carries;

    ChangeKind(String label, Carries carries) {
        this.label = label;
        this.carries = carries;
    }

    public String label() {
        return label;
    }

    public Carries carries() {
        return carries;
    }
}
