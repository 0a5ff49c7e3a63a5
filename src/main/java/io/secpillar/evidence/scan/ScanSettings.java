package io.secpillar.evidence.scan;

import java.time.Duration;

/**
 * How hard a scan may push: the number of account × region × inventory units in flight at once, and how
 * long one unit may take before it is given up as timed out (its checks then report COULD_NOT_ASSESS).
 */
public record ScanSettings(int concurrency, Duration unitTimeout) {

    public static final int DEFAULT_CONCURRENCY = 24;
    public static final Duration DEFAULT_UNIT_TIMEOUT = Duration.ofMinutes(5);

    public ScanSettings {
        if (concurrency < 1 || concurrency > 256) {
            throw new IllegalArgumentException("concurrency must be between 1 and 256, not " + concurrency);
        }
        if (unitTimeout.isNegative() || unitTimeout.isZero()) {
            throw new IllegalArgumentException("the unit timeout must be positive");
        }
    }

    public static ScanSettings defaults() {
        return new ScanSettings(DEFAULT_CONCURRENCY, DEFAULT_UNIT_TIMEOUT);
    }

    public ScanSettings withConcurrency(int n) {
        return new ScanSettings(n, unitTimeout);
    }

    public ScanSettings withUnitTimeout(Duration timeout) {
        return new ScanSettings(concurrency, timeout);
    }
}
