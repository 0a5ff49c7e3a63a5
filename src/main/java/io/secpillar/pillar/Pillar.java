package io.secpillar.pillar;

import java.util.List;

/** A pillar of a lens and its questions in order. */
public record Pillar(String id, String name, List<Question> questions) {
    public Pillar {
        questions = List.copyOf(questions);
    }
}
