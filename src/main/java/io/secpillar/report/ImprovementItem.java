package io.secpillar.report;

import io.secpillar.pillar.PracticeLevel;

import java.util.List;

/**
 * A best practice that is not in place, with what to do about it (our improvement text from the lens) and the
 * resources whose evidence fails for it.
 *
 * @param failingTotal how many failing results exist for this practice; {@code failing} may list fewer
 */
public record ImprovementItem(String questionLabel, String questionTitle, String practiceLabel, String title,
                              PracticeLevel level, String improvement, String improvementUrl,
                              List<EvidenceLine> failing, int failingTotal) {
    public ImprovementItem {
        failing = List.copyOf(failing);
    }
}
