package io.secpillar.evidence.policy;

/**
 * A three-valued answer. UNKNOWN means the analyzer met something it does not judge (a condition on a key whose
 * value it cannot know, a policy variable, a principal it cannot place) and could not settle the question either
 * way; a check must turn it into "could not assess", never into a PASS.
 */
public enum Answer {
    YES, NO, UNKNOWN;

    static Answer of(boolean value) {
        return value ? YES : NO;
    }

    Answer and(Answer other) {
        if (this == NO || other == NO) {
            return NO;
        }
        return this == YES && other == YES ? YES : UNKNOWN;
    }

    Answer or(Answer other) {
        if (this == YES || other == YES) {
            return YES;
        }
        return this == NO && other == NO ? NO : UNKNOWN;
    }

    Answer not() {
        return this == YES ? NO : this == NO ? YES : UNKNOWN;
    }
}
