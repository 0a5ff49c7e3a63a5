package io.secpillar.questionnaire;

/** The state of one choice in an answer, as in the Well-Architected Tool. */
public enum ChoiceStatus {
    SELECTED, UNSELECTED, NOT_APPLICABLE
}
