package io.secpillar.evidence.aws;

import io.secpillar.evidence.scan.AwsAccess;
import io.secpillar.evidence.scan.ConnectionCheck;
import io.secpillar.evidence.scan.ProfileInfo;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workbench's way into AWS: the consultant's CLI profiles, read-only clients per profile, and Test
 * connection. Credentials and clients are kept per profile for the life of this object (so an MFA code is asked
 * once per session) and rebuilt when the profile files change on disk. Close it when the app ends.
 */
public final class DefaultAwsAccess implements AwsAccess, AutoCloseable {

    private static final String FALLBACK_REGION = "us-east-1";

    private final ProfileCatalog catalog;
    private final SdkClientFactory factory;
    private final ProfileCredentialsFactory credentials;
    private final Map<String, DefaultAwsClients> sessions = new HashMap<>();
    private final List<DefaultAwsClients> retired = new ArrayList<>();
    private ProfileFile sessionsFile;

    public DefaultAwsAccess(AwsConfigLocations locations, AwsClientSettings settings, MfaCodeProvider mfa) {
        this(locations, settings, mfa, Clock.systemUTC());
    }

    DefaultAwsAccess(AwsConfigLocations locations, AwsClientSettings settings, MfaCodeProvider mfa, Clock clock) {
        this.catalog = new ProfileCatalog(locations);
        this.factory = new SdkClientFactory(settings, new EndpointOverrides(locations.environment(),
                System::getProperties));
        this.credentials = new ProfileCredentialsFactory(factory, mfa,
                new SsoTokenCache(locations.ssoCacheDirectory(), clock), clock);
    }

    /** The access of this process: its AWS files and variables, default timeouts and retries. */
    public static DefaultAwsAccess fromSystem(MfaCodeProvider mfa) {
        return new DefaultAwsAccess(AwsConfigLocations.fromSystem(), AwsClientSettings.defaults(), mfa);
    }

    @Override
    public List<ProfileInfo> profiles() {
        return catalog.profiles();
    }

    @Override
    public Optional<String> defaultProfile() {
        return catalog.defaultProfile();
    }

    @Override
    public ConnectionCheck testConnection(String profile) {
        AwsClients clients;
        ProfileInfo info;
        try {
            info = catalog.info(profile);
            clients = clients(profile);
        } catch (AwsProfileException e) {
            return new ConnectionCheck(profile, Optional.empty(), Optional.empty(), List.of(),
                    Optional.of(e.getMessage()));
        }
        return ConnectionTester.test(profile, clients, info.region().orElse(FALLBACK_REGION));
    }

    /**
     * Read-only SDK clients for the profile, one per client type and region, sharing the profile's credentials.
     * Fails at once with an {@link AwsProfileException} when the profile does not exist or cannot work (e.g. a
     * missing source profile); credential problems that need AWS (expired SSO session, refused AssumeRole, no MFA
     * code) surface as an {@link AwsProfileException} from the first call.
     */
    public synchronized AwsClients clients(String profile) {
        ProfileFile file = catalog.files().current();
        if (file != sessionsFile) {
            retired.addAll(sessions.values()); // the files changed: start over, close the old ones at the end
            sessions.clear();
            sessionsFile = file;
        }
        DefaultAwsClients existing = sessions.get(profile);
        if (existing != null) {
            return existing;
        }
        Profile p = catalog.find(file, profile);
        AwsCredentialsProvider provider = credentials.forProfile(file, p);
        DefaultAwsClients created = new DefaultAwsClients(profile, file, provider, factory);
        sessions.put(profile, created);
        return created;
    }

    /**
     * The profile's credentials, for a client that is not the evidence engine's (the Well-Architected Tool's, with its
     * own guard). The same session as {@link #clients}: an assumed role is assumed, and an MFA code asked for, once.
     */
    public synchronized ProfileSession session(String profile) {
        DefaultAwsClients profileClients = (DefaultAwsClients) clients(profile);
        return new ProfileSession(profile, profileClients.profileFile(), profileClients.credentials(),
                factory.settings());
    }

    @Override
    public synchronized void close() {
        sessions.values().forEach(DefaultAwsClients::close);
        retired.forEach(DefaultAwsClients::close);
        sessions.clear();
        retired.clear();
        credentials.close();
        factory.close();
    }
}
