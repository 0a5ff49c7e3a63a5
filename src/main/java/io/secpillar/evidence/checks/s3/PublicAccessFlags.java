package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.inventory.s3.S3Inventory.PublicAccessBlock;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The four switches of an S3 public access block, whether it came from a bucket (S3) or the account
 * (S3 Control): only all four on blocks public access fully. A switch S3 leaves out counts as off.
 */
record PublicAccessFlags(boolean blockPublicAcls, boolean ignorePublicAcls, boolean blockPublicPolicy,
                         boolean restrictPublicBuckets) {

    static final PublicAccessFlags NONE = new PublicAccessFlags(false, false, false, false);

    static PublicAccessFlags of(Optional<PublicAccessBlock> c) {
        return c.map(b -> new PublicAccessFlags(on(b.blockPublicAcls()), on(b.ignorePublicAcls()),
                on(b.blockPublicPolicy()), on(b.restrictPublicBuckets()))).orElse(NONE);
    }

    /** The switches on at either level, as S3 applies them. */
    PublicAccessFlags union(PublicAccessFlags other) {
        return new PublicAccessFlags(blockPublicAcls || other.blockPublicAcls, ignorePublicAcls || other.ignorePublicAcls,
                blockPublicPolicy || other.blockPublicPolicy, restrictPublicBuckets || other.restrictPublicBuckets);
    }

    /** The names of the switches that are off, e.g. [BlockPublicPolicy, RestrictPublicBuckets]. */
    java.util.List<String> offNames() {
        return observed("").entrySet().stream().filter(e -> e.getValue().equals("false")).map(Map.Entry::getKey)
                .toList();
    }

    boolean all() {
        return blockPublicAcls && ignorePublicAcls && blockPublicPolicy && restrictPublicBuckets;
    }

    Map<String, String> observed(String prefix) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(prefix + "BlockPublicAcls", String.valueOf(blockPublicAcls));
        m.put(prefix + "IgnorePublicAcls", String.valueOf(ignorePublicAcls));
        m.put(prefix + "BlockPublicPolicy", String.valueOf(blockPublicPolicy));
        m.put(prefix + "RestrictPublicBuckets", String.valueOf(restrictPublicBuckets));
        return m;
    }

    private static boolean on(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
