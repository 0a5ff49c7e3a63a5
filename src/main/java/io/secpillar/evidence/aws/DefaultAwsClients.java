package io.secpillar.evidence.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.profiles.ProfileFile;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The clients of one profile: one per client type and region, built on first use and shared by every inventory
 * of a run (SDK clients are thread-safe). All of them sign with the profile's one credentials source, so an
 * assumed role is assumed, and an MFA code asked for, once.
 */
final class DefaultAwsClients implements AwsClients, AutoCloseable {

    private record Key(Class<?> type, String region) {
    }

    private final String profile;
    private final ProfileFile profileFile;
    private final AwsCredentialsProvider credentials;
    private final SdkClientFactory factory;
    private final Map<Key, SdkClient> clients = new ConcurrentHashMap<>();

    DefaultAwsClients(String profile, ProfileFile profileFile, AwsCredentialsProvider credentials,
                      SdkClientFactory factory) {
        this.profile = profile;
        this.profileFile = profileFile;
        this.credentials = credentials;
        this.factory = factory;
    }

    String profile() {
        return profile;
    }

    ProfileFile profileFile() {
        return profileFile;
    }

    AwsCredentialsProvider credentials() {
        return credentials;
    }

    @Override
    public <C extends SdkClient> C client(Class<C> type, String region) {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("a region is required for " + type.getSimpleName());
        }
        return type.cast(clients.computeIfAbsent(new Key(type, region),
                k -> factory.build(type, region, credentials, profileFile, profile)));
    }

    @Override
    public void close() {
        clients.values().forEach(SdkClient::close);
        clients.clear();
    }

    @Override
    public String toString() {
        return "AwsClients[profile=" + profile + ", clients=" + clients.size() + "]";
    }
}
