package io.secpillar.watool;

import io.secpillar.pillar.Choice;

/**
 * Our ids in the security pillar of the AWS-managed {@code wellarchitected} lens. A custom lens allows only letters,
 * digits and {@code _} in ids, so our question {@code securely_operate} is {@code securely-operate} there. The best
 * practices carry the same ids (the documentation page names, e.g. {@code sec_securely_operate_multi_accounts}).
 * The "None of these" choice is {@code securely_operate_no} in ours and {@code sec_securely_operate_no} there: the
 * managed lens prefixes every choice with its pillar's short name. Whether a given workload's lens review really
 * has each id is checked at push time against its ListAnswers ({@link IdCheck}).
 */
public final class ManagedLensIds implements LensIds {

    static final ManagedLensIds INSTANCE = new ManagedLensIds();

    private static final String PILLAR_PREFIX = "sec_";

    private ManagedLensIds() {
    }

    @Override
    public String toolQuestionId(String ourQuestionId) {
        return ourQuestionId.replace('_', '-');
    }

    @Override
    public String toolChoiceId(String ourQuestionId, Choice choice) {
        return choice.isNoneOfThese() && !choice.id().startsWith(PILLAR_PREFIX) ? PILLAR_PREFIX + choice.id()
                : choice.id();
    }

    @Override
    public String ourQuestionId(String toolQuestionId) {
        return toolQuestionId.replace('-', '_');
    }

    @Override
    public String ourChoiceId(String toolChoiceId) {
        return toolChoiceId.endsWith(Choice.NONE_SUFFIX) && toolChoiceId.startsWith(PILLAR_PREFIX)
                ? toolChoiceId.substring(PILLAR_PREFIX.length()) : toolChoiceId;
    }
}
