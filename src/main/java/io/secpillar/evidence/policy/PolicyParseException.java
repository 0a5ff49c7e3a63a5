package io.secpillar.evidence.policy;

/**
 * A policy document that does not follow the IAM policy grammar (not JSON, no Statement, an unknown Effect or
 * condition operator, a partial wildcard in a principal). The analyzer refuses such a document rather than read it
 * as granting nothing.
 */
public final class PolicyParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PolicyParseException(String message) {
        super(message);
    }

    public PolicyParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
