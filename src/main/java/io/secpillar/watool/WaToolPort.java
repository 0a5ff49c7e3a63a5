package io.secpillar.watool;

import java.util.List;
import java.util.Optional;

/**
 * The Well-Architected Tool calls the push and the pull make, in our own terms; {@code watool.aws} implements it with
 * the SDK for one profile and region. Each method is one operation (pages followed inside); a failure is a
 * {@link WaToolCallException} naming it.
 */
public interface WaToolPort {

    /** ListWorkloads, every page; {@code namePrefix} narrows the search (empty: all). */
    List<WaWorkloadSummary> listWorkloads(String namePrefix);

    /** GetWorkload. */
    WaWorkload getWorkload(String workloadId);

    /** CreateWorkload; returns the new workload's id. */
    String createWorkload(WaWorkload workload);

    /** AssociateLenses. */
    void associateLenses(String workloadId, List<String> lensAliases);

    /** ListLenses of this account's own custom lenses with the given name. */
    List<WaLens> listCustomLenses(String name);

    /** ImportLens: a new custom lens, or a new draft of {@code existingArn}; returns the lens ARN. */
    String importLens(Optional<String> existingArn, String lensJson);

    /** CreateLensVersion: publishes the draft as {@code version}. */
    void createLensVersion(String lensArn, String version);

    /** ListAnswers of a lens review (or of a milestone), optionally of one pillar, every page. */
    List<WaQuestion> listAnswers(String workloadId, String lensAlias, Optional<String> pillarId,
                                 Optional<Integer> milestone);

    /** GetAnswer: the answer with its notes and the choices' notes. */
    WaAnswer getAnswer(String workloadId, String lensAlias, String questionId, Optional<Integer> milestone);

    /** UpdateAnswer. */
    void updateAnswer(String workloadId, String lensAlias, WaAnswer answer);

    /** ListMilestones, every page. */
    List<WaMilestone> listMilestones(String workloadId);

    /** GetMilestone. */
    WaMilestone getMilestone(String workloadId, int number);

    /** CreateMilestone; returns its number. */
    int createMilestone(String workloadId, String name);
}
