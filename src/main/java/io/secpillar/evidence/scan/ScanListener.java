package io.secpillar.evidence.scan;

import io.secpillar.evidence.Finding;

import java.util.List;

/**
 * Hears a scan as it goes. Called from the scan's worker threads, so implementations must be thread-safe and
 * quick (a UI posts to its own thread; a store appends the batch).
 */
public interface ScanListener {

    ScanListener NONE = new ScanListener() { };

    /** The findings of one finished unit (one inventory in one account and region), as one batch. */
    default void findings(List<Finding> batch) {
    }

    default void progress(ScanProgress progress) {
    }

    /** Both listeners, in order. */
    default ScanListener andThen(ScanListener next) {
        ScanListener first = this;
        return new ScanListener() {
            @Override
            public void findings(List<Finding> batch) {
                first.findings(batch);
                next.findings(batch);
            }

            @Override
            public void progress(ScanProgress progress) {
                first.progress(progress);
                next.progress(progress);
            }
        };
    }
}
