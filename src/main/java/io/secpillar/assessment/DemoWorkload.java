package io.secpillar.assessment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.pillar.Choice;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.questionnaire.NotApplicableReason;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The example review shipped as data (a fictional insurer's claims portal), answered across all questions,
 * so a new user sees a whole review at once. Ids in the file are the labels people read (SEC01, SEC01-BP01).
 */
public final class DemoWorkload {

    static final String RESOURCE = "demo-workload.json";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FileDto(WorkloadDto workload, String reviewer, List<AnswerDto> answers) { }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WorkloadDto(String name, String client, String description, String environment,
                       List<String> accountIds, List<String> regions, String reviewOwner) { }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AnswerDto(String question, List<String> selected, boolean none, ReasonDto notApplicable, String notes) { }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReasonDto(String reason, String text) { }

    /** What happens around the demo's answers: before they are saved (given them), and after. */
    public interface Stages {
        void beforeAnswers(Workload workload, List<Answer> answers);

        void afterAnswers(Workload workload);
    }

    private final ReviewService service;
    private final Stages stages;

    public DemoWorkload(ReviewService service) {
        this(service, w -> { });
    }

    /** With a hook run once the demo workload and its answers are saved (e.g. to import its evidence run). */
    public DemoWorkload(ReviewService service, Consumer<Workload> afterCreate) {
        this(service, new Stages() {
            @Override
            public void beforeAnswers(Workload workload, List<Answer> answers) {
            }

            @Override
            public void afterAnswers(Workload workload) {
                afterCreate.accept(workload);
            }
        });
    }

    /** With steps before the answers are saved (an earlier state of the review) and after. */
    public DemoWorkload(ReviewService service, Stages stages) {
        this.service = service;
        this.stages = stages;
    }

    /** The name the demo's answers are signed with. */
    public static String reviewer() {
        return file().reviewer();
    }

    /** The demo workload already in the store, if the user created it before. */
    public Optional<Workload> existing() {
        WorkloadDto demo = file().workload();
        return service.workloads().stream()
                .filter(w -> w.name().equals(demo.name()) && w.client().equals(demo.client()))
                .findFirst();
    }

    /** Opens the existing demo workload, or creates it with all its answers. */
    public Workload openOrCreate() {
        return existing().orElseGet(this::create);
    }

    public Workload create() {
        FileDto file = file();
        WorkloadDto w = file.workload();
        LoadedLens lens = service.lenses().bundled();
        Workload workload = service.create(new WorkloadDraft(w.name(), w.client(), w.description(),
                Environment.valueOf(w.environment()), w.accountIds(), w.regions(), w.reviewOwner()), lens);
        long reviewId = service.open(workload.id()).review().id();
        Instant at = service.clock().instant();
        List<Answer> answers = file.answers().stream().map(dto -> answer(lens, dto, file.reviewer(), at)).toList();
        stages.beforeAnswers(workload, answers);
        for (Answer answer : answers) {
            service.saveAnswer(reviewId, answer.changed(file.reviewer(), service.clock().instant()));
        }
        stages.afterAnswers(workload);
        return workload;
    }

    static Answer answer(LoadedLens lens, AnswerDto dto, String reviewer, Instant at) {
        Question question = lens.lens().questions().stream()
                .filter(q -> lens.questionLabel(q.id()).equals(dto.question()))
                .findFirst().orElseThrow(() -> new IllegalStateException("demo names unknown question " + dto.question()));
        Answer answer = Answer.empty(question.id(), at);
        for (String label : dto.selected() == null ? List.<String>of() : dto.selected()) {
            Choice choice = question.bestPractices().stream()
                    .filter(c -> lens.practiceLabel(question.id(), c.id()).equals(label))
                    .findFirst().orElseThrow(() -> new IllegalStateException("demo names unknown practice " + label));
            answer = answer.withChoice(question, choice.id(), true);
        }
        if (dto.none()) {
            answer = answer.withChoice(question, question.noneOfThese().orElseThrow().id(), true);
        }
        if (dto.notApplicable() != null) {
            answer = answer.withNotApplicable(Optional.of(new NotApplicable(
                    NotApplicableReason.valueOf(dto.notApplicable().reason()), dto.notApplicable().text())));
        }
        return answer.withNotes(dto.notes()).changed(reviewer, at);
    }

    private static FileDto file() {
        try (InputStream in = DemoWorkload.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return JSON.readValue(in, FileDto.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
