package io.secpillar.watool;

import io.secpillar.pillar.Choice;

/**
 * How our lens's question and choice ids are named in the WA Tool lens a push writes to (and back, for a pull).
 * Our lens imported as a custom lens keeps its ids; the AWS-managed lens spells them slightly differently.
 */
public interface LensIds {

    String toolQuestionId(String ourQuestionId);

    String toolChoiceId(String ourQuestionId, Choice choice);

    String ourQuestionId(String toolQuestionId);

    String ourChoiceId(String toolChoiceId);

    /** Our custom lens in the WA Tool: the ids are ours. */
    LensIds SAME = new LensIds() {
        @Override
        public String toolQuestionId(String ourQuestionId) {
            return ourQuestionId;
        }

        @Override
        public String toolChoiceId(String ourQuestionId, Choice choice) {
            return choice.id();
        }

        @Override
        public String ourQuestionId(String toolQuestionId) {
            return toolQuestionId;
        }

        @Override
        public String ourChoiceId(String toolChoiceId) {
            return toolChoiceId;
        }
    };

    static LensIds of(LensMode mode) {
        return mode == LensMode.MANAGED ? ManagedLensIds.INSTANCE : SAME;
    }
}
