package io.secpillar.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs checks over an inventory so that a check that throws becomes a could-not-assess finding instead of a
 * crashed scan, and builds the findings of a unit that could not run at all.
 */
public final class CheckEvaluation {

    private CheckEvaluation() {
    }

    public static List<Finding> evaluate(Check<?> check, Object inventory, Target target) {
        try {
            return typed(check, inventory, target);
        } catch (RuntimeException e) {
            return List.of(couldNotAssess(check, target, CouldNotAssessReason.ERROR,
                    "The check failed unexpectedly (" + describe(e) + ")"));
        }
    }

    /** One could-not-assess finding per check, for the account as a whole in this place. */
    public static List<Finding> couldNotAssessAll(List<Check<?>> checks, Target target, CouldNotAssessReason reason,
                                                  String sentence) {
        List<Finding> out = new ArrayList<>(checks.size());
        for (Check<?> check : checks) {
            out.add(couldNotAssess(check, target, reason, sentence));
        }
        return out;
    }

    static Finding couldNotAssess(Check<?> check, Target target, CouldNotAssessReason reason, String sentence) {
        return new Finding(check.metadata().id(), Status.COULD_NOT_ASSESS, target.accountId(), target.region(),
                target.accountId(), sentence, Map.of("reason", reason.name()), "");
    }

    /** The exception's class and first line, never a stack trace (messages may be shown to the client). */
    public static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int cut = message.indexOf('\n');
        message = cut > 0 ? message.substring(0, cut) : message;
        return e.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message);
    }

    private static <I> List<Finding> typed(Check<I> check, Object inventory, Target target) {
        I typed = check.inventoryType().cast(inventory);
        List<Finding> findings = check.evaluate(typed, target);
        return findings == null ? List.of() : findings;
    }
}
