package io.secpillar.assessment.port;

import java.util.function.Supplier;

/**
 * Runs a use case that writes through several repositories as one transaction: everything it wrote is committed
 * together, or, when it throws, nothing is.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

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
