package io.secpillar.storage;

import io.secpillar.app.Services;
import io.secpillar.assessment.Environment;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The child JVM of {@link KillDuringEditsTest}: opens the data directory as the workbench does, then edits
 * answers without pause, each edit numbered (the notes say "edit N"; a choice is ticked on even numbers) and
 * acknowledged on stdout only after the save returned, as the status bar says "All changes saved".
 * Arguments: data directory, first edit number.
 */
public final class AnswerEditingChild {

    static final String WORKLOAD = "Durability";

    private AnswerEditingChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        long n = Long.parseLong(args[1]);
        PrintStream out = System.out;
        Services services = Services.open(dir, Clock.systemUTC()); // never closed: the parent kills us mid-edit
        Workload w = services.reviews().findByIdOrName(WORKLOAD).orElseGet(() -> services.reviews().create(
                new WorkloadDraft(WORKLOAD, "Kill -9 Ltd", "", Environment.PRODUCTION, List.of("111122223333"),
                        List.of("eu-west-1"), "tester"), services.lenses().bundled()));
        ReviewSnapshot review = services.reviews().open(w.id());
        List<Question> questions = review.questions();
        out.println("READY " + review.review().id());
        out.flush();
        while (true) {
            Question q = questions.get((int) (n % questions.size()));
            Answer answer = review.answer(q.id()).orElse(Answer.empty(q.id(), Clock.systemUTC().instant()))
                    .withChoice(q, q.bestPractices().get(0).id(), n % 2 == 0)
                    .withNotes("edit " + n)
                    .changed("tester", Clock.systemUTC().instant());
            services.reviews().saveAnswer(review.review().id(), answer);
            review = review.withAnswer(answer);
            out.println("ACK " + n + " " + q.id());
            out.flush();
            n++;
        }
    }
}
