package io.secpillar.pillar;

import java.util.List;
import java.util.Optional;

/** A questionnaire in the AWS Well-Architected custom-lens format, already validated. */
public record Lens(String schemaVersion, String name, String description, List<Pillar> pillars) {

    public static final String SCHEMA_VERSION = "2021-11-01";

    public Lens {
        pillars = List.copyOf(pillars);
    }

    /** Every question of every pillar, in the order a reviewer walks them. */
    public List<Question> questions() {
        return pillars.stream().flatMap(p -> p.questions().stream()).toList();
    }

    public Optional<Question> question(String questionId) {
        return questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
