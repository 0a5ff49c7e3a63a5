package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.s3.S3BucketSettings;
import io.secpillar.evidence.inventory.s3.S3Inventory;
import io.secpillar.evidence.inventory.s3.S3Inventory.PublicAccessBlock;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a bucket is effectively covered by a full public access block. S3 applies, switch by switch, the more
 * restrictive of the account's and the bucket's settings, so the four effective switches are the union of both
 * levels: a bucket with two switches on and an account with the other two is fully blocked. When one level could
 * not be read, the other decides only if it alone has all four switches on.
 */
record PublicAccessCoverage(Map<String, String> observed, PublicAccessFlags effective, String proof) {

    static Fetched<PublicAccessCoverage> of(S3BucketSettings bucket, S3Inventory inventory) {
        var account = inventory.accountPublicAccessBlock();
        var own = bucket.publicAccessBlock();
        PublicAccessFlags accountFlags = account.isOk() ? PublicAccessFlags.of(account.value()) : PublicAccessFlags.NONE;
        PublicAccessFlags ownFlags = own.isOk() ? PublicAccessFlags.of(own.value()) : PublicAccessFlags.NONE;
        PublicAccessFlags effective = ownFlags.union(accountFlags);
        if (!effective.all() && (!own.isOk() || !account.isOk())) {
            Fetched<?> missing = own.isOk() ? account : own;
            return Fetched.failed(missing.reason(), missing.operation(), missing.detail());
        }
        Map<String, String> observed = new LinkedHashMap<>(own.isOk() ? ownFlags.observed("bucket.")
                : Map.of("bucket", "not readable"));
        observed.putAll(account.isOk() ? accountFlags.observed("account.") : Map.of("account", "not readable"));
        String proof = (own.isOk() ? own.value().map(PublicAccessBlock::proof).orElse("NoSuchPublicAccessBlockConfiguration")
                : "bucket: not readable") + " account: " + (account.isOk()
                ? account.value().map(PublicAccessBlock::proof).orElse("NoSuchPublicAccessBlockConfiguration")
                : "not readable");
        return Fetched.ok(new PublicAccessCoverage(observed, effective, proof), own.operation());
    }

    Verdict verdict() {
        if (!effective.all()) {
            return Verdict.fail("is not fully blocked: with the bucket's and the account's settings together, "
                    + effective.offNames() + " stay off.", observed, proof);
        }
        return Verdict.pass("is fully blocked from public access by its own and the account's settings together.",
                observed, proof);
    }
}
