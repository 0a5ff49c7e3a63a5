package io.secpillar.assessment;

import java.util.List;

/** A workload whose fields break the rules; each problem is a sentence for the user. */
public final class InvalidWorkloadException extends RuntimeException {
    private final List<String> problems;

    public InvalidWorkloadException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
