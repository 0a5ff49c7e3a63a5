package io.secpillar.watool.aws;

import io.secpillar.watool.WaAnswer;
import io.secpillar.watool.WaChoiceState;
import io.secpillar.watool.WaLens;
import io.secpillar.watool.WaMilestone;
import io.secpillar.watool.WaOperation;
import io.secpillar.watool.WaQuestion;
import io.secpillar.watool.WaToolPort;
import io.secpillar.watool.WaWorkload;
import io.secpillar.watool.WaWorkloadSummary;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.Answer;
import software.amazon.awssdk.services.wellarchitected.model.AnswerSummary;
import software.amazon.awssdk.services.wellarchitected.model.ChoiceAnswer;
import software.amazon.awssdk.services.wellarchitected.model.ChoiceUpdate;
import software.amazon.awssdk.services.wellarchitected.model.ImportLensResponse;
import software.amazon.awssdk.services.wellarchitected.model.ImportLensStatus;
import software.amazon.awssdk.services.wellarchitected.model.LensType;
import software.amazon.awssdk.services.wellarchitected.model.ListAnswersResponse;
import software.amazon.awssdk.services.wellarchitected.model.ListLensesResponse;
import software.amazon.awssdk.services.wellarchitected.model.ListMilestonesResponse;
import software.amazon.awssdk.services.wellarchitected.model.ListWorkloadsResponse;
import software.amazon.awssdk.services.wellarchitected.model.Milestone;
import software.amazon.awssdk.services.wellarchitected.model.ValidationException;
import software.amazon.awssdk.services.wellarchitected.model.Workload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The WA Tool port over the SDK, for one profile and region, through a client that may send only the operations of
 * its allow-list. Follows every page; turns each failure into a sentence that names the operation.
 */
public final class SdkWaToolPort implements WaToolPort, AutoCloseable {

    private static final int PAGE = 50;

    private final WellArchitectedClient client;
    private final String profile;

    SdkWaToolPort(WellArchitectedClient client, String profile) {
        this.client = client;
        this.profile = profile;
    }

    @Override
    public List<WaWorkloadSummary> listWorkloads(String namePrefix) {
        return call(WaOperation.LIST_WORKLOADS, () -> {
            List<WaWorkloadSummary> all = new ArrayList<>();
            String token = null;
            do {
                String next = token;
                ListWorkloadsResponse page = client.listWorkloads(b -> b.maxResults(PAGE).nextToken(next)
                        .workloadNamePrefix(namePrefix == null || namePrefix.isBlank() ? null : namePrefix));
                page.workloadSummaries().forEach(s -> all.add(new WaWorkloadSummary(s.workloadId(), s.workloadName(),
                        nz(s.owner()), Optional.ofNullable(s.updatedAt()), s.lenses())));
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
            return all;
        });
    }

    @Override
    public WaWorkload getWorkload(String workloadId) {
        return call(WaOperation.GET_WORKLOAD, () -> {
            Workload w = client.getWorkload(b -> b.workloadId(workloadId)).workload();
            return new WaWorkload(w.workloadId(), w.workloadName(), w.description(), nz(w.environmentAsString()),
                    w.accountIds(), w.awsRegions(), w.reviewOwner(), w.lenses());
        });
    }

    @Override
    public String createWorkload(WaWorkload w) {
        return call(WaOperation.CREATE_WORKLOAD, () -> client.createWorkload(b -> b.workloadName(w.name())
                .description(w.description()).environment(w.environment())
                .accountIds(w.accountIds().isEmpty() ? null : w.accountIds())
                .awsRegions(w.regions().isEmpty() ? null : w.regions())
                .reviewOwner(w.reviewOwner()).lenses(w.lenses())).workloadId());
    }

    @Override
    public void associateLenses(String workloadId, List<String> lensAliases) {
        call(WaOperation.ASSOCIATE_LENSES, () -> client.associateLenses(b -> b.workloadId(workloadId)
                .lensAliases(lensAliases)));
    }

    @Override
    public List<WaLens> listCustomLenses(String name) {
        return call(WaOperation.LIST_LENSES, () -> {
            List<WaLens> all = new ArrayList<>();
            String token = null;
            do {
                String next = token;
                ListLensesResponse page = client.listLenses(b -> b.lensType(LensType.CUSTOM_SELF).lensName(name)
                        .maxResults(PAGE).nextToken(next));
                page.lensSummaries().forEach(l -> all.add(new WaLens(l.lensArn(), nz(l.lensName()),
                        Optional.ofNullable(l.lensVersion()))));
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
            return all;
        });
    }

    @Override
    public String importLens(Optional<String> existingArn, String lensJson) {
        return call(WaOperation.IMPORT_LENS, () -> {
            ImportLensResponse r = client.importLens(b -> b.jsonString(lensJson).lensAlias(existingArn.orElse(null)));
            if (r.status() == ImportLensStatus.ERROR) {
                throw ValidationException.builder().statusCode(400).message("the WA Tool could not import the lens")
                        .build();
            }
            return r.lensArn();
        });
    }

    @Override
    public void createLensVersion(String lensArn, String version) {
        call(WaOperation.CREATE_LENS_VERSION, () -> client.createLensVersion(b -> b.lensAlias(lensArn)
                .lensVersion(version).isMajorVersion(true)));
    }

    @Override
    public List<WaQuestion> listAnswers(String workloadId, String lensAlias, Optional<String> pillarId,
                                        Optional<Integer> milestone) {
        return call(WaOperation.LIST_ANSWERS, () -> {
            List<WaQuestion> all = new ArrayList<>();
            String token = null;
            do {
                String next = token;
                ListAnswersResponse page = client.listAnswers(b -> b.workloadId(workloadId).lensAlias(lensAlias)
                        .pillarId(pillarId.orElse(null)).milestoneNumber(milestone.orElse(null)).maxResults(PAGE)
                        .nextToken(next));
                page.answerSummaries().forEach(s -> all.add(question(s)));
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
            return all;
        });
    }

    @Override
    public WaAnswer getAnswer(String workloadId, String lensAlias, String questionId, Optional<Integer> milestone) {
        return call(WaOperation.GET_ANSWER, () -> {
            Answer a = client.getAnswer(b -> b.workloadId(workloadId).lensAlias(lensAlias).questionId(questionId)
                    .milestoneNumber(milestone.orElse(null))).answer();
            Map<String, WaChoiceState> choices = new LinkedHashMap<>();
            for (ChoiceAnswer c : a.choiceAnswers()) {
                choices.put(c.choiceId(), new WaChoiceState(nz(c.statusAsString()),
                        Optional.ofNullable(c.reasonAsString()), c.notes()));
            }
            return new WaAnswer(a.questionId(), a.selectedChoices(), choices, !Boolean.FALSE.equals(a.isApplicable()),
                    Optional.ofNullable(a.reasonAsString()), a.notes());
        });
    }

    @Override
    public void updateAnswer(String workloadId, String lensAlias, WaAnswer answer) {
        Map<String, ChoiceUpdate> updates = new LinkedHashMap<>();
        answer.choices().forEach((id, state) -> updates.put(id, ChoiceUpdate.builder().status(state.status())
                .reason(state.reason().orElse(null))
                .notes(state.notes().isEmpty() ? null : state.notes()).build()));
        call(WaOperation.UPDATE_ANSWER, () -> client.updateAnswer(b -> b.workloadId(workloadId).lensAlias(lensAlias)
                .questionId(answer.questionId()).selectedChoices(answer.selectedChoices()).choiceUpdates(updates)
                .isApplicable(answer.applicable()).reason(answer.reason().orElse(null)).notes(answer.notes())));
    }

    @Override
    public List<WaMilestone> listMilestones(String workloadId) {
        return call(WaOperation.LIST_MILESTONES, () -> {
            List<WaMilestone> all = new ArrayList<>();
            String token = null;
            do {
                String next = token;
                ListMilestonesResponse page = client.listMilestones(b -> b.workloadId(workloadId).maxResults(PAGE)
                        .nextToken(next));
                page.milestoneSummaries().forEach(m -> all.add(new WaMilestone(m.milestoneNumber(),
                        nz(m.milestoneName()), Optional.ofNullable(m.recordedAt()), Map.of())));
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
            return all;
        });
    }

    @Override
    public WaMilestone getMilestone(String workloadId, int number) {
        return call(WaOperation.GET_MILESTONE, () -> {
            Milestone m = client.getMilestone(b -> b.workloadId(workloadId).milestoneNumber(number)).milestone();
            Map<String, Integer> risks = m.workload() == null ? Map.of() : m.workload().riskCountsAsStrings();
            return new WaMilestone(m.milestoneNumber(), nz(m.milestoneName()), Optional.ofNullable(m.recordedAt()),
                    risks);
        });
    }

    @Override
    public int createMilestone(String workloadId, String name) {
        return call(WaOperation.CREATE_MILESTONE, () -> client.createMilestone(b -> b.workloadId(workloadId)
                .milestoneName(name)).milestoneNumber());
    }

    @Override
    public void close() {
        client.close();
    }

    private static WaQuestion question(AnswerSummary s) {
        Map<String, WaChoiceState> choices = new LinkedHashMap<>();
        s.choiceAnswerSummaries().forEach(c -> choices.put(c.choiceId(), new WaChoiceState(nz(c.statusAsString()),
                Optional.ofNullable(c.reasonAsString()), "")));
        WaAnswer answer = new WaAnswer(s.questionId(), s.selectedChoices(), choices,
                !Boolean.FALSE.equals(s.isApplicable()), Optional.ofNullable(s.reasonAsString()), "");
        return new WaQuestion(s.questionId(), nz(s.pillarId()), nz(s.questionTitle()),
                s.choices().stream().map(c -> c.choiceId()).toList(), answer,
                s.riskAsString() == null ? "UNANSWERED" : s.riskAsString());
    }

    private <T> T call(WaOperation op, Supplier<T> body) {
        try {
            return body.get();
        } catch (RuntimeException e) {
            throw WaToolFailures.explain(profile, op, e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
