package io.secpillar.evidence.policy;

/** A statement's Effect: an explicit Deny wins over any Allow. */
public enum Effect {
    ALLOW, DENY
}
