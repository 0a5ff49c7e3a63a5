package io.secpillar.evidence.aws;

import software.amazon.awssdk.core.SdkClient;

/**
 * Gives inventories ready SDK clients for the profile being scanned: credentials, read-only guard, retries,
 * timeouts and endpoint overrides are the implementation's business, never the inventory's.
 */
public interface AwsClients {
    <C extends SdkClient> C client(Class<C> type, String region);
}
