package io.secpillar.pillar;

/** The risk a lens rule assigns, spelled as in the AWS custom-lens format. */
public enum LensRisk {
    HIGH_RISK, MEDIUM_RISK, NO_RISK
}
