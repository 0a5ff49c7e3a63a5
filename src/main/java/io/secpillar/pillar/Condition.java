package io.secpillar.pillar;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A risk-rule condition: a boolean expression over choice ids, or {@code default}.
 * Built by {@link ConditionParser}; evaluated against "is this choice in place".
 */
public sealed interface Condition {

    boolean holds(Predicate<String> choiceInPlace);

    /** The choice ids the expression names, in first-mention order. */
    default Set<String> choiceIds() {
        Set<String> ids = new LinkedHashSet<>();
        collectChoiceIds(ids);
        return ids;
    }

    void collectChoiceIds(Set<String> into);

    /** The rule that applies when no other does. */
    record Default() implements Condition {
        @Override public boolean holds(Predicate<String> choiceInPlace) {
            return true;
        }
        @Override public void collectChoiceIds(Set<String> into) { }
    }

    record ChoiceRef(String choiceId) implements Condition {
        @Override public boolean holds(Predicate<String> choiceInPlace) {
            return choiceInPlace.test(choiceId);
        }
        @Override public void collectChoiceIds(Set<String> into) {
            into.add(choiceId);
        }
    }

    record Not(Condition operand) implements Condition {
        @Override public boolean holds(Predicate<String> choiceInPlace) {
            return !operand.holds(choiceInPlace);
        }
        @Override public void collectChoiceIds(Set<String> into) {
            operand.collectChoiceIds(into);
        }
    }

    record And(List<Condition> operands) implements Condition {
        public And {
            operands = List.copyOf(operands);
        }
        @Override public boolean holds(Predicate<String> choiceInPlace) {
            return operands.stream().allMatch(o -> o.holds(choiceInPlace));
        }
        @Override public void collectChoiceIds(Set<String> into) {
            operands.forEach(o -> o.collectChoiceIds(into));
        }
    }

    record Or(List<Condition> operands) implements Condition {
        public Or {
            operands = List.copyOf(operands);
        }
        @Override public boolean holds(Predicate<String> choiceInPlace) {
            return operands.stream().anyMatch(o -> o.holds(choiceInPlace));
        }
        @Override public void collectChoiceIds(Set<String> into) {
            operands.forEach(o -> o.collectChoiceIds(into));
        }
    }
}
