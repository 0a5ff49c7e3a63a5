package io.secpillar.pillar;

import java.util.List;
import java.util.Optional;

/** What the lens reader made of a file: the lens when it has no error, and every problem found. */
public record LensReadResult(Optional<Lens> lens, List<LensProblem> problems) {
    public LensReadResult {
        problems = List.copyOf(problems);
    }

    public List<LensProblem> errors() {
        return problems.stream().filter(LensProblem::isError).toList();
    }

    public List<LensProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean isValid() {
        return lens.isPresent();
    }
}
