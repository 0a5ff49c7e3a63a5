package io.secpillar.evidence;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of one read from AWS kept as data: the value, or why it could not be read. Inventories hold
 * these so that one refused call only turns the checks that need it into COULD_NOT_ASSESS.
 *
 * @param operation the IAM action of the call, e.g. {@code s3:GetEncryptionConfiguration}
 */
public record Fetched<T>(T value, String operation, CouldNotAssessReason reason, String detail) {

    public Fetched {
        Objects.requireNonNull(operation, "operation");
        detail = Objects.requireNonNullElse(detail, "");
        if ((value == null) == (reason == null)) {
            throw new IllegalArgumentException("a fetch has either a value or a reason");
        }
    }

    public static <T> Fetched<T> ok(T value, String operation) {
        return new Fetched<>(Objects.requireNonNull(value, "value"), operation, null, "");
    }

    public static <T> Fetched<T> failed(CouldNotAssessReason reason, String operation, String detail) {
        return new Fetched<>(null, operation, Objects.requireNonNull(reason, "reason"), detail);
    }

    public boolean isOk() {
        return reason == null;
    }

    /** The value; only call after {@link #isOk()}. */
    @Override
    public T value() {
        if (value == null) {
            throw new NoSuchElementException(operation + " failed: " + reason);
        }
        return value;
    }

    public <R> Fetched<R> map(Function<T, R> f) {
        return isOk() ? ok(f.apply(value), operation) : failed(reason, operation, detail);
    }

    /** A sentence for the user, e.g. "Access denied: the role lacks s3:GetEncryptionConfiguration". */
    public String explanation() {
        if (isOk()) {
            return "";
        }
        String base = reason == CouldNotAssessReason.ACCESS_DENIED
                ? "Access denied: the profile lacks the permission " + operation
                : reason.label() + " (" + operation + ")";
        return detail.isBlank() ? base : base + ": " + detail;
    }

    /** The COULD_NOT_ASSESS finding a check reports when this read failed. */
    public Finding couldNotAssess(String checkId, Target target, String resourceId) {
        if (isOk()) {
            throw new IllegalStateException("the read succeeded");
        }
        return new Finding(checkId, Status.COULD_NOT_ASSESS, target.accountId(), target.region(), resourceId,
                explanation(), Map.of("operation", operation, "reason", reason.name()), "");
    }
}
