package io.secpillar.report;

import io.secpillar.app.Services;
import io.secpillar.assessment.Environment;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Reviews for report tests, stored in a real H2 database in a temporary directory. */
public final class ReportFixtures {

    public static final Instant NOW = Instant.parse("2026-11-29T17:30:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private ReportFixtures() {
    }

    public static Services services(Path dir) {
        return Services.open(dir, CLOCK);
    }

    /** The shipped demo review: eleven answered questions with notes. */
    public static ReviewSnapshot demo(Services services) {
        Workload w = services.demo().openOrCreate();
        return services.reviews().open(w.id());
    }

    /** A short review: one question answered with notes full of non-Latin text, the rest open. */
    public static ReviewSnapshot tiny(Services services) {
        Workload w = services.reviews().create(new WorkloadDraft("Zürich Payments — Straße",
                "Ελληνική Ασφαλιστική / Москва ООО", "Small test workload", Environment.PREPRODUCTION,
                List.of("123456789012"), List.of("eu-central-2"), "Jürgen Weiß"), services.lenses().bundled());
        ReviewSnapshot s = services.reviews().open(w.id());
        Question q = s.questions().get(0);
        Answer a = Answer.empty(q.id(), NOW)
                .withChoice(q, q.bestPractices().get(0).id(), true)
                .withNotes("Grüße aus Zürich — MFA ≥ 2 factors ✓. Ελληνικά, Русский текст. 漢字 and 🙂 are not in the font.")
                .changed("Jürgen Weiß", NOW);
        services.reviews().saveAnswer(s.review().id(), a);
        return services.reviews().open(w.id());
    }
}
