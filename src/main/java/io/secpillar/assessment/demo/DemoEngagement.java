package io.secpillar.assessment.demo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.assessment.PracticeRef;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.attachment.AttachmentService;
import io.secpillar.assessment.improvement.ImprovementPlan;
import io.secpillar.assessment.improvement.ImprovementStatus;
import io.secpillar.assessment.improvement.ImprovementUpdate;
import io.secpillar.assessment.milestone.MilestoneService;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.NewEvidenceRun;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.port.EvidenceStore;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engagement around the demo review, shipped as data, in two stages around the demo's answers (which are the
 * review as it stands after the follow-up). {@link #workshop}: the answers as they were at the workshop, a milestone
 * with the first evidence run, an improvement plan in progress (an item overdue, a risk accepted), and a follow-up
 * scan derived from the first run (failures fixed, one new). {@link #followUp}, once the demo's answers are saved:
 * items done, two attachments, and the follow-up milestone. Everything goes through the use cases, so the audit
 * trail records it as it would record a consultant's work.
 */
public final class DemoEngagement {

    static final String RESOURCE = "demo-engagement.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FileDto(WorkshopDto workshop, FollowUpDto followUp, List<AttachmentDto> attachments) { }

    record WorkshopDto(MilestoneDto milestone, List<AnswerDto> answers, List<ImprovementDto> improvements) { }

    record MilestoneDto(String name, String note) { }

    record ImprovementDto(String practice, String owner, Integer dueInDays, ImprovementStatus status,
                          String justification, Integer acceptedForDays, String notes) { }

    record FollowUpDto(List<ChangeDto> changes, List<String> done, MilestoneDto milestone) { }

    record ChangeDto(String check, String account, String region, String resource, Status status, String reason,
                     Map<String, String> observed) { }

    record AnswerDto(String question, List<String> tick, List<String> untick, String notes) { }

    record AttachmentDto(String practice, String file, String link, String title) { }

    private final ReviewService reviews;
    private final EvidenceStore evidence;
    private final MilestoneService milestones;
    private final ImprovementPlan plan;
    private final AttachmentService attachments;
    private final Clock clock;

    public DemoEngagement(ReviewService reviews, EvidenceStore evidence, MilestoneService milestones, ImprovementPlan plan,
                          AttachmentService attachments, Clock clock) {
        this.reviews = reviews;
        this.evidence = evidence;
        this.milestones = milestones;
        this.plan = plan;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** Before the demo's answers: the workshop state, its milestone and plan, and the follow-up scan. */
    public void workshop(Workload workload, List<Answer> finalAnswers, String reviewer) {
        FileDto file = read();
        long id = workload.id();
        saveWorkshopAnswers(id, finalAnswers, file.workshop().answers(), reviewer);
        milestones.create(id, file.workshop().milestone().name(), file.workshop().milestone().note());
        LocalDate today = LocalDate.now(clock);
        for (ImprovementDto i : file.workshop().improvements()) {
            plan.update(id, i.practice(), new ImprovementUpdate(i.owner(), days(today, i.dueInDays()), i.status(),
                    i.justification(), days(today, i.acceptedForDays()), i.notes()));
        }
        followUpRun(id, file.followUp().changes());
    }

    /** After the demo's answers (the follow-up state) are saved: items done, attachments, the second milestone. */
    public void followUp(Workload workload) {
        FileDto file = read();
        long id = workload.id();
        for (String done : file.followUp().done()) {
            plan.item(id, done).ifPresent(item -> plan.update(id, done, item.tracking().asUpdate()
                    .withStatus(ImprovementStatus.DONE)));
        }
        for (AttachmentDto a : file.attachments()) {
            if (a.file() != null) {
                attachments.attachBytes(id, a.practice(), a.file(), resource(a.file()));
            } else {
                attachments.attachLink(id, a.practice(), a.link(), a.title());
            }
        }
        milestones.create(id, file.followUp().milestone().name(), file.followUp().milestone().note());
    }

    /** The follow-up scan: the first run's results with the changes applied, finished an hour ago. */
    private void followUpRun(long workloadId, List<ChangeDto> changes) {
        EvidenceRunInfo first = evidence.runsForWorkload(workloadId).stream()
                .filter(r -> r.state() == EvidenceRunInfo.State.COMPLETED).reduce((a, b) -> b).orElseThrow();
        List<EvidenceResult> results = new ArrayList<>();
        for (EvidenceResult r : evidence.results(first.id())) {
            Finding f = r.finding();
            Finding changed = changes.stream().filter(c -> matches(c, f)).findFirst()
                    .map(c -> new Finding(f.checkId(), c.status(), f.accountId(), f.region(), f.resourceId(), c.reason(),
                            c.observed(), f.proof()))
                    .orElse(f);
            results.add(new EvidenceResult(changed, r.check(), r.bestPractices()));
        }
        Duration took = first.endedAt().map(e -> Duration.between(first.startedAt(), e)).orElse(Duration.ofMinutes(4));
        Instant ended = clock.instant().minus(Duration.ofHours(1));
        long run = evidence.startRun(new NewEvidenceRun(Optional.of(workloadId), first.profiles(), first.accountIds(),
                first.regions(), first.catalogVersion(), ended.minus(took), evidence.checks(first.id())));
        evidence.append(run, results);
        evidence.finish(run, EvidenceRunInfo.State.COMPLETED, ended, Optional.empty());
    }

    /** The demo's answers with the workshop's differences: what the review said before the follow-up. */
    private void saveWorkshopAnswers(long workloadId, List<Answer> finalAnswers, List<AnswerDto> differences,
                                     String reviewer) {
        ReviewSnapshot review = reviews.open(workloadId);
        for (Answer answer : finalAnswers) {
            Question q = review.lens().lens().question(answer.questionId()).orElseThrow();
            Answer a = answer;
            for (AnswerDto change : differences) {
                if (!review.lens().questionLabel(q.id()).equals(change.question())) {
                    continue;
                }
                for (String label : change.tick()) {
                    a = a.withChoice(q, practice(review, label), true);
                }
                for (String label : change.untick()) {
                    a = a.withChoice(q, practice(review, label), false);
                }
                if (change.notes() != null) {
                    a = a.withNotes(change.notes());
                }
            }
            reviews.saveAnswer(review.review().id(), a.changed(reviewer, clock.instant()));
        }
    }

    private static String practice(ReviewSnapshot review, String label) {
        return PracticeRef.find(review.lens(), label).map(PracticeRef::choiceId)
                .orElseThrow(() -> new IllegalStateException("demo names unknown practice " + label));
    }

    private static boolean matches(ChangeDto c, Finding f) {
        return c.check().equals(f.checkId()) && c.resource().equals(f.resourceId())
                && ("*".equals(c.account()) || c.account().equals(f.accountId()))
                && ("*".equals(c.region()) || c.region().equals(f.region()));
    }

    private static Optional<LocalDate> days(LocalDate today, Integer days) {
        return days == null ? Optional.empty() : Optional.of(today.plusDays(days));
    }

    private static FileDto read() {
        try (InputStream in = DemoEngagement.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return JsonMapper.builder().build().readValue(in, FileDto.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoEngagement.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
