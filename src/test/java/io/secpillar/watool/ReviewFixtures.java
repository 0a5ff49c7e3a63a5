package io.secpillar.watool;

import io.secpillar.assessment.Environment;
import io.secpillar.assessment.Review;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.pillar.BundledLens;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.questionnaire.NotApplicableReason;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A review of the bundled lens, built in memory: three answered questions, one of which does not apply. */
public final class ReviewFixtures {

    public static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    public static final LoadedLens LENS = BundledLens.load();

    private ReviewFixtures() {
    }

    public static Question q(String id) {
        return LENS.lens().question(id).orElseThrow();
    }

    public static Workload workload(String name) {
        return new Workload(7, name, "Insurer AG", "Claims handling on AWS", Environment.PRODUCTION,
                List.of("111122223333", "444455556666"), List.of("eu-central-1", "eu-west-1"), "Dana Reviewer", AT, AT);
    }

    /** SEC01 two practices in place, SEC02 one not applicable, SEC03 does not apply at all (with a reason text). */
    public static Map<String, Answer> answers() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Question sec01 = q("securely_operate");
        answers.put(sec01.id(), Answer.empty(sec01.id(), AT)
                .withChoice(sec01, "sec_securely_operate_multi_accounts", true)
                .withChoice(sec01, "sec_securely_operate_aws_account", true)
                .withNotes("Organizations with 14 accounts; root MFA on all."));
        Question sec02 = q("identities");
        answers.put(sec02.id(), Answer.empty(sec02.id(), AT)
                .withChoice(sec02, "sec_identities_enforce_mechanisms", true)
                .withChoiceNotApplicable(sec02, "sec_identities_groups_attributes",
                        Optional.of(new NotApplicable(NotApplicableReason.BUSINESS_PRIORITIES, "Two admins only"))));
        Question sec03 = q("permissions");
        answers.put(sec03.id(), Answer.empty(sec03.id(), AT)
                .withNotApplicable(Optional.of(new NotApplicable(NotApplicableReason.OTHER, "Run by the parent company")))
                .withNotes("See the group's access policy."));
        return answers;
    }

    public static ReviewSnapshot review(String name, Map<String, Answer> answers) {
        return new ReviewSnapshot(workload(name), new Review(3, 7, LENS.ref(), AT), LENS, answers);
    }
}
