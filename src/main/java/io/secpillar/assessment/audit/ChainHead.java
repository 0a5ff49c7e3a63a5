package io.secpillar.assessment.audit;

/** The end of a workload's chain: how many records it holds and the hash of the last (for the report appendix). */
public record ChainHead(long records, String hash) {

    public static ChainHead empty() {
        return new ChainHead(0, AuditRecordHasher.GENESIS);
    }
}
