package io.secpillar.pillar;

import java.util.List;

/** Our workshop material for one best practice, beyond what the lens format can hold. */
public record PracticeGuidance(String label, PracticeLevel level, String goodLooksLike,
                               List<String> askTheClient, String evidence) {
    public PracticeGuidance {
        askTheClient = List.copyOf(askTheClient);
    }
}
