package io.secpillar.pillar;

import java.util.List;
import java.util.Optional;

/** A lens question with its choices (best practices plus an optional "None of these") and its risk rules. */
public record Question(String id, String title, String description, Optional<Link> helpfulResource,
                       List<Choice> choices, List<RiskRule> riskRules) {

    public Question {
        choices = List.copyOf(choices);
        riskRules = List.copyOf(riskRules);
    }

    /** The choices a reviewer can tick as being in place, in lens order, without "None of these". */
    public List<Choice> bestPractices() {
        return choices.stream().filter(c -> !c.isNoneOfThese()).toList();
    }

    public Optional<Choice> noneOfThese() {
        return choices.stream().filter(Choice::isNoneOfThese).findFirst();
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }
}
