package io.secpillar.evidence.network;

/**
 * YES / NO / UNKNOWN for a network question. UNKNOWN when a rule draws on a prefix list whose entries were not
 * given, so the analyzer cannot tell what it adds; a check must report that as "could not assess".
 */
public enum Reachability {
    YES, NO, UNKNOWN
}
