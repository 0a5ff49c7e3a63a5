package io.secpillar.report.pdf;

import io.secpillar.evidence.Status;
import io.secpillar.pillar.PracticeLevel;
import io.secpillar.questionnaire.ChoiceStatus;
import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.report.Branding;
import io.secpillar.report.RgbColor;

/**
 * The report's colours. Risk colours are fixed and the same as in the app (High red, Medium amber, None green,
 * not applicable grey) so a client never has to relearn them; the branding only changes headings and rules.
 */
record Palette(RgbColor primary, RgbColor accent) {

    static final RgbColor TEXT = new RgbColor(0x1F, 0x29, 0x33);
    static final RgbColor MUTED = new RgbColor(0x5F, 0x6B, 0x7A);
    static final RgbColor RULE = new RgbColor(0xD5, 0xDB, 0xE3);
    static final RgbColor ZEBRA = new RgbColor(0xF3, 0xF5, 0xF8);
    static final RgbColor WHITE = new RgbColor(255, 255, 255);
    static final RgbColor HIGH = new RgbColor(0xC6, 0x28, 0x28);
    static final RgbColor MEDIUM = new RgbColor(0xB4, 0x53, 0x09);
    static final RgbColor NONE = new RgbColor(0x15, 0x80, 0x3D);
    static final RgbColor NOT_APPLICABLE = new RgbColor(0x64, 0x74, 0x8B);
    static final RgbColor UNANSWERED = new RgbColor(0x94, 0xA3, 0xB8);

    static Palette of(Branding branding) {
        return new Palette(branding.primary(), branding.accent());
    }

    static RgbColor risk(QuestionRisk risk) {
        return switch (risk) {
            case HIGH -> HIGH;
            case MEDIUM -> MEDIUM;
            case NONE -> NONE;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case UNANSWERED -> UNANSWERED;
        };
    }

    static RgbColor level(PracticeLevel level) {
        return switch (level) {
            case HIGH -> HIGH;
            case MEDIUM -> MEDIUM;
            case LOW -> NONE;
            case UNSPECIFIED -> NOT_APPLICABLE;
        };
    }

    static RgbColor status(Status status) {
        return switch (status) {
            case PASS -> NONE;
            case FAIL -> HIGH;
            case COULD_NOT_ASSESS -> MEDIUM;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
        };
    }

    static RgbColor choice(ChoiceStatus status, PracticeLevel level) {
        return switch (status) {
            case SELECTED -> NONE;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case UNSELECTED -> level == PracticeLevel.LOW || level == PracticeLevel.UNSPECIFIED ? MEDIUM : level(level);
        };
    }
}
