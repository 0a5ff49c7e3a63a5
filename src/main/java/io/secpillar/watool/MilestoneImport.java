package io.secpillar.watool;

/**
 * Where a pull puts the milestones it read. The workbench's milestone model lives in the engagement work; until it is
 * wired here (see {@code Services#waToolMilestones}), {@link #unavailable()} makes the pull read only the milestones'
 * names and dates, and say that they were not imported.
 */
public interface MilestoneImport {

    /** Whether milestones can be stored; when not, their answers are not even read. */
    boolean available();

    /** Stores one milestone of the workbench workload {@code workloadId}, oldest first. */
    void store(long workloadId, ImportedMilestone milestone);

    static MilestoneImport unavailable() {
        return new MilestoneImport() {
            @Override
            public boolean available() {
                return false;
            }

            @Override
            public void store(long workloadId, ImportedMilestone milestone) {
                throw new UnsupportedOperationException("milestones cannot be stored in this workbench yet");
            }
        };
    }
}
