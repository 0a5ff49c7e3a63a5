package io.secpillar.assessment;

import io.secpillar.assessment.port.Transactions;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where every change to a workload is recorded (the audit trail). A write runs as one transaction, one at a time,
 * and what it records is committed with the change or not at all: a crash can never leave a change without its
 * record, which verification would otherwise report as an edit behind the app's back.
 */
public interface ChangeJournal {

    /** The records of one write. */
    @FunctionalInterface
    interface Entries {
        void record(long workloadId, Change change);
    }

    <T> T write(Function<Entries, T> work);

    /** A write of many rows at once (an import); the same guarantees, committed and on disk when it returns. */
    default <T> T writeLarge(Function<Entries, T> work) {
        return write(work);
    }

    /** Who is making changes now. */
    Actor actor();

    /** A journal that records nothing (tests of other features, in-memory stores). */
    static ChangeJournal unrecorded(Transactions transactions, Supplier<Actor> actor) {
        return new ChangeJournal() {
            @Override
            public <T> T write(Function<Entries, T> work) {
                return transactions.inTransaction(() -> work.apply((workloadId, change) -> { }));
            }

            @Override
            public Actor actor() {
                return actor.get();
            }
        };
    }
}
