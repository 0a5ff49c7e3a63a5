package io.secpillar.assessment;

import io.secpillar.pillar.LensRef;

import java.time.Instant;

/** A workload reviewed with one lens at one lens version. */
public record Review(long id, long workloadId, LensRef lens, Instant createdAt) {
}
