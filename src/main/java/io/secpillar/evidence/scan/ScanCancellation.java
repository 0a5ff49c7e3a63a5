package io.secpillar.evidence.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets another thread (a Cancel button, Ctrl-C) stop a running scan: no new unit starts, the ones in flight are
 * interrupted, and what already finished is kept.
 */
public final class ScanCancellation {

    private final List<Runnable> hooks = new ArrayList<>();
    private boolean cancelled;

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(hooks);
        }
        toRun.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Runs the hook on cancel, or at once when already cancelled. */
    void onCancel(Runnable hook) {
        boolean now;
        synchronized (this) {
            now = cancelled;
            if (!now) {
                hooks.add(hook);
            }
        }
        if (now) {
            hook.run();
        }
    }
}
