package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.s3.S3BucketSettings;
import io.secpillar.evidence.inventory.s3.S3Inventory;
import io.secpillar.evidence.inventory.s3.S3Inventory.PublicAccessBlock;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a bucket is effectively covered by a full public access block: its own, or the account's. Either
 * full block settles it, so one of the two reads may fail without leaving the bucket unjudged.
 */
record PublicAccessCoverage(Map<String, String> observed, boolean bucketBlocksAll, boolean accountBlocksAll,
                            String proof) {

    static Fetched<PublicAccessCoverage> of(S3BucketSettings bucket, S3Inventory inventory) {
        var account = inventory.accountPublicAccessBlock();
        boolean accountAll = account.isOk() && PublicAccessFlags.of(account.value()).all();
        var own = bucket.publicAccessBlock();
        boolean ownAll = own.isOk() && PublicAccessFlags.of(own.value()).all();
        if (!accountAll && !own.isOk() || !ownAll && !account.isOk()) {
            Fetched<?> missing = own.isOk() ? account : own;
            return Fetched.failed(missing.reason(), missing.operation(), missing.detail());
        }
        Map<String, String> observed = new LinkedHashMap<>(own.isOk()
                ? PublicAccessFlags.of(own.value()).observed("bucket.") : Map.of("bucket", "not readable"));
        observed.put("accountBlocksAll", String.valueOf(accountAll));
        String proof = own.isOk() ? own.value().map(PublicAccessBlock::proof).orElse("NoSuchPublicAccessBlockConfiguration")
                : account.value().map(PublicAccessBlock::proof).orElse("");
        return Fetched.ok(new PublicAccessCoverage(observed, ownAll, accountAll, proof), own.operation());
    }

    Verdict verdict() {
        if (bucketBlocksAll) {
            return Verdict.pass("blocks public access with all four settings.", observed, proof);
        }
        return accountBlocksAll
                ? Verdict.pass("is covered by the account-level public access block.", observed, proof)
                : Verdict.fail("is not covered by a full public access block (bucket or account).",
                        observed, proof);
    }
}
