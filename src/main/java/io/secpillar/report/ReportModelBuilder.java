package io.secpillar.report;

import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.pillar.Choice;
import io.secpillar.pillar.Link;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.PracticeLevel;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.ChoiceStatus;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.questionnaire.QuestionRisk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a review snapshot and its evidence into the report's read model. Pure: no I/O, no PDF library, so every
 * rule of what the report says is testable on plain data.
 */
public final class ReportModelBuilder {

    /** The improvement plan names this many failing resources per practice and counts the rest. */
    public static final int PLAN_FAILING_LIMIT = 12;

    private final CheckMapping mapping;

    public ReportModelBuilder(CheckMapping mapping) {
        this.mapping = mapping;
    }

    public ReportModel build(ReviewSnapshot snapshot, ReportEvidence evidence, ReportOptions options,
                             String workbenchVersion, Instant generatedAt) {
        Map<String, List<EvidenceLine>> linesByCheck = linesByCheck(evidence);
        List<QuestionSection> questions = new ArrayList<>();
        List<ImprovementItem> plan = new ArrayList<>();
        int unanswered = 0;
        for (Question q : snapshot.questions()) {
            QuestionSection section = question(snapshot, q, linesByCheck);
            questions.add(section);
            if (section.risk() == QuestionRisk.UNANSWERED) {
                unanswered++;
            } else if (section.risk() != QuestionRisk.NOT_APPLICABLE) {
                plan.addAll(improvements(snapshot.lens(), q, section, linesByCheck));
            }
        }
        plan.sort(Comparator.comparingInt((ImprovementItem i) -> i.level().ordinal()));
        List<EvidenceLine> all = linesByCheck.values().stream().flatMap(List::stream)
                .sorted(EvidenceLine.BY_CHECK).toList();
        ExecutiveSummary summary = new ExecutiveSummary(snapshot.counts(),
                questions.stream().filter(s -> s.risk() == QuestionRisk.HIGH).toList(),
                missingByLevel(plan), evidence.used().isPresent(), EvidenceTally.of(all));
        EvidenceAppendix appendix = new EvidenceAppendix(evidence.runs(), evidence.used(), all,
                MissingPermissions.of(all, evidence.checks()));
        ReportModel model = new ReportModel(options.sections(), options.branding(), info(snapshot, options),
                cover(snapshot, options, workbenchVersion, generatedAt), summary, questions, plan, unanswered,
                appendix, accounts(all, evidence.placements()), false);
        return options.masked() ? ReportMasking.mask(model) : model;
    }

    /** Every account with results, worst first, with its name and OU where the evidence knows them. */
    static List<AccountSummary> accounts(List<EvidenceLine> lines, Map<String, AccountPlacement> placements) {
        Map<String, List<EvidenceLine>> byAccount = new HashMap<>();
        for (EvidenceLine l : lines) {
            byAccount.computeIfAbsent(l.accountId(), k -> new ArrayList<>()).add(l);
        }
        List<AccountSummary> accounts = new ArrayList<>();
        byAccount.forEach((id, group) -> {
            Optional<AccountPlacement> p = Optional.ofNullable(placements.get(id));
            accounts.add(new AccountSummary(id, p.flatMap(AccountPlacement::name),
                    p.flatMap(AccountPlacement::organizationalUnit), EvidenceTally.of(group)));
        });
        accounts.sort(AccountSummary.WORST_FIRST);
        return accounts;
    }

    private Map<String, List<EvidenceLine>> linesByCheck(ReportEvidence evidence) {
        Map<String, List<EvidenceLine>> byCheck = new HashMap<>();
        for (Finding f : evidence.findings()) {
            String title = Optional.ofNullable(evidence.checks().get(f.checkId())).map(CheckMetadata::title)
                    .filter(t -> !t.isBlank()).orElse(f.checkId());
            byCheck.computeIfAbsent(f.checkId(), k -> new ArrayList<>()).add(new EvidenceLine(f.checkId(), title,
                    f.status(), f.accountId(), f.region(), f.resourceId(), f.reason()));
        }
        return byCheck;
    }

    private QuestionSection question(ReviewSnapshot snapshot, Question q, Map<String, List<EvidenceLine>> byCheck) {
        LoadedLens lens = snapshot.lens();
        Optional<Answer> answer = snapshot.answer(q.id()).filter(Answer::isAnswered);
        List<PracticeLine> practices = new ArrayList<>();
        Set<String> checkIds = new LinkedHashSet<>();
        for (Choice c : q.bestPractices()) {
            String label = lens.practiceLabel(q.id(), c.id());
            List<String> checks = mapping.checksFor(label);
            checkIds.addAll(checks);
            ChoiceStatus status = answer.map(a -> a.statusOf(c.id())).orElse(ChoiceStatus.UNSELECTED);
            Optional<String> reason = answer.flatMap(a -> Optional.ofNullable(a.choicesNotApplicable().get(c.id())))
                    .map(NotApplicable::describe);
            practices.add(new PracticeLine(label, c.title(), lens.level(q.id(), c.id()), status, answer.isPresent(), reason,
                    EvidenceTally.of(linesOf(checks, byCheck))));
        }
        List<CheckSummary> summaries = new ArrayList<>();
        List<EvidenceLine> attention = new ArrayList<>();
        for (String checkId : checkIds) {
            List<EvidenceLine> lines = byCheck.getOrDefault(checkId, List.of());
            if (!lines.isEmpty()) {
                summaries.add(new CheckSummary(checkId, lines.get(0).checkTitle(), EvidenceTally.of(lines)));
                lines.stream().filter(l -> l.status() == Status.FAIL || l.status() == Status.COULD_NOT_ASSESS)
                        .forEach(attention::add);
            }
        }
        attention.sort(EvidenceLine.FAILING_FIRST);
        return new QuestionSection(lens.questionLabel(q.id()), q.title(), q.description(), snapshot.risk(q.id()),
                answer.flatMap(Answer::notApplicable).map(NotApplicable::describe),
                answer.map(a -> a.noneOfTheseSelected(q)).orElse(false),
                answer.map(Answer::notes).orElse("").strip(), practices, summaries, attention,
                answer.map(Answer::changedBy).filter(s -> !s.isBlank()), answer.map(Answer::changedAt));
    }

    private List<ImprovementItem> improvements(LoadedLens lens, Question q, QuestionSection section,
                                               Map<String, List<EvidenceLine>> byCheck) {
        List<ImprovementItem> items = new ArrayList<>();
        for (Choice c : q.bestPractices()) {
            PracticeLine line = section.practices().stream()
                    .filter(p -> p.label().equals(lens.practiceLabel(q.id(), c.id()))).findFirst().orElseThrow();
            if (line.status() != ChoiceStatus.UNSELECTED) {
                continue;
            }
            List<EvidenceLine> failing = linesOf(mapping.checksFor(line.label()), byCheck).stream()
                    .filter(l -> l.status() == Status.FAIL).sorted(EvidenceLine.FAILING_FIRST).toList();
            items.add(new ImprovementItem(section.label(), q.title(), line.label(), c.title(), line.level(),
                    c.improvementPlan().map(Link::displayText).orElse(""),
                    c.improvementPlan().map(Link::url).orElse(""),
                    failing.subList(0, Math.min(PLAN_FAILING_LIMIT, failing.size())), failing.size()));
        }
        return items;
    }

    private static List<EvidenceLine> linesOf(List<String> checkIds, Map<String, List<EvidenceLine>> byCheck) {
        List<EvidenceLine> lines = new ArrayList<>();
        for (String id : checkIds) {
            lines.addAll(byCheck.getOrDefault(id, List.of()));
        }
        return lines;
    }

    private static Map<PracticeLevel, Integer> missingByLevel(List<ImprovementItem> plan) {
        Map<PracticeLevel, Integer> counts = new EnumMap<>(PracticeLevel.class);
        for (PracticeLevel level : PracticeLevel.values()) {
            counts.put(level, 0);
        }
        plan.forEach(i -> counts.merge(i.level(), 1, Integer::sum));
        return counts;
    }

    private static ReportCover cover(ReviewSnapshot s, ReportOptions options, String version, Instant generatedAt) {
        Workload w = s.workload();
        List<String> reviewers = new ArrayList<>();
        if (!w.reviewOwner().isBlank()) {
            reviewers.add(w.reviewOwner().strip());
        }
        s.answers().values().stream().filter(Answer::isAnswered).map(a -> a.changedBy().strip())
                .filter(n -> !n.isEmpty()).distinct().sorted()
                .filter(n -> !reviewers.contains(n)).forEach(reviewers::add);
        Instant reviewDate = s.answers().values().stream().filter(Answer::isAnswered).map(Answer::changedAt)
                .max(Comparator.naturalOrder()).orElse(s.review().createdAt());
        String lensVersion = s.lens().guidance().lensVersion().orElse(s.lens().ref().version());
        return new ReportCover("Security Pillar Review", w.client(), w.name(), w.environment().label(),
                w.accountIds(), w.regions(), reviewers, reviewDate, s.lens().lens().name(), lensVersion, version,
                generatedAt, options.branding().consultancyName());
    }

    private static DocumentInfo info(ReviewSnapshot s, ReportOptions options) {
        Workload w = s.workload();
        String author = !options.issuedBy().isEmpty() ? options.issuedBy()
                : options.branding().consultancyName().orElse(w.reviewOwner());
        return new DocumentInfo("Security Pillar Review: " + w.name() + " (" + w.client() + ")", author,
                "AWS Well-Architected Security pillar review of " + w.name() + " for " + w.client(),
                String.join(", ", List.of("AWS Well-Architected", "Security pillar", s.lens().lens().name(),
                        w.client(), w.name())));
    }
}
