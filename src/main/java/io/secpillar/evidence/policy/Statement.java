package io.secpillar.evidence.policy;

import java.util.List;
import java.util.Optional;

/**
 * One statement of a policy, as written. {@code principal} is empty in identity policies; {@code resource} is
 * empty in trust policies (which name no resource). {@code index} is the statement's position (0-based) and
 * {@code json} its compact JSON, for proofs.
 */
public record Statement(int index, Optional<String> sid, Effect effect, Optional<PrincipalList> principal,
                        PatternList action, Optional<PatternList> resource, List<Condition> conditions, String json) {

    public Statement {
        conditions = List.copyOf(conditions);
    }

    public boolean isAllow() {
        return effect == Effect.ALLOW;
    }

    /** The Sid, or "statement N" (1-based) when it has none. */
    public String label() {
        return sid.filter(s -> !s.isBlank()).orElse("statement " + (index + 1));
    }
}
