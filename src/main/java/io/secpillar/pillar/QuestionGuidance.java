package io.secpillar.pillar;

import java.util.Map;

/** Our workshop material for one question: its display label (SEC01), a tip, and per-practice guidance. */
public record QuestionGuidance(String label, String workshopTip, Map<String, PracticeGuidance> practices) {
    public QuestionGuidance {
        practices = Map.copyOf(practices);
    }
}
