package io.secpillar.watool;

import io.secpillar.questionnaire.Answer;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A WA Tool milestone read for the workbench: its number and name, when it was recorded, the answers it froze
 * (already in our lens's ids), and the risk counts the Tool computed then ({@code HIGH}, {@code MEDIUM}, …).
 */
public record ImportedMilestone(int number, String name, Optional<Instant> recordedAt, Map<String, Answer> answers,
                                Map<String, Integer> toolRiskCounts) {

    public ImportedMilestone {
        answers = Map.copyOf(answers);
        toolRiskCounts = Map.copyOf(toolRiskCounts);
    }
}
