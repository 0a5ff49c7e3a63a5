package io.secpillar.cli;

import io.secpillar.evidence.scan.ScanListener;
import io.secpillar.evidence.scan.ScanProgress;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;

/** Prints a line on stderr each time an account finishes a region (or its global services), with the overall count. */
final class ScanProgressPrinter implements ScanListener {

    private final PrintWriter err;
    private final Set<String> reported = new HashSet<>();

    ScanProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(ScanProgress progress) {
        for (ScanProgress.Place p : progress.places()) {
            if (p.finished() && reported.add(p.accountId() + " " + p.region())) {
                err.printf("[%d/%d] %s %s done%n", progress.done(), progress.total(), p.accountId(), p.region());
            }
        }
        err.flush();
    }
}
