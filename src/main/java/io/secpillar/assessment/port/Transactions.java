package io.secpillar.assessment.port;

import java.util.function.Supplier;

/**
 * Runs a use case that writes through several repositories as one transaction: everything it wrote is committed
 * together, or, when it throws, nothing is.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * The same for a large write (an import of tens of thousands of rows): a store may relax how often it flushes
     * while the transaction runs, as long as everything is on disk when this returns.
     */
    default <T> T inLargeTransaction(Supplier<T> work) {
        return inTransaction(work);
    }

    /** For tests and in-memory stores: runs the work as it comes. */
    static Transactions none() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
    }
}
