package io.secpillar.evidence.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Set;

/**
 * Sits on every SDK client the workbench builds and refuses, in {@code beforeExecution} (before the request is
 * marshalled, signed or sent), any operation outside {@link ReadOnlyOperations}. Only the credential providers' own
 * clients get named extra operations (STS AssumeRole, SSO GetRoleCredentials). {@link AuthSchemeGuard} applies the
 * same rule one step earlier, before the SDK fetches credentials for the call.
 */
public final class ReadOnlyGuard implements ExecutionInterceptor {

    private final Set<String> alsoAllowed;

    private ReadOnlyGuard(Set<String> alsoAllowed) {
        this.alsoAllowed = Set.copyOf(alsoAllowed);
    }

    /** The guard of every client that inventories and Test connection use. */
    public static ReadOnlyGuard readOnly() {
        return new ReadOnlyGuard(Set.of());
    }

    /** The guard of a credentials provider's own client, which must also call e.g. AssumeRole. */
    static ReadOnlyGuard readOnlyPlus(Set<String> operations) {
        return new ReadOnlyGuard(operations);
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (!alsoAllowed.contains(operation) && !ReadOnlyOperations.isAllowed(operation)) {
            throw new WriteRefusedException(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME), operation);
        }
    }
}
