package io.secpillar.evidence.aws;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.auth.SsoCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.secpillar.evidence.aws.ProfileKinds.*;

/**
 * Builds the credentials source of a profile, one kind at a time: keys in the file, AssumeRole from a source
 * profile (with external id and MFA), IAM Identity Center from the CLI's cached token, or credential_process.
 * Every source is wrapped so that its failures name the profile. The STS and SSO clients it builds carry the
 * read-only guard too, widened only by the one operation they exist for.
 */
final class ProfileCredentialsFactory implements AutoCloseable {

    private static final String DEFAULT_STS_REGION = "us-east-1";

    private final SdkClientFactory clients;
    private final MfaCodeProvider mfa;
    private final SsoTokenCache ssoCache;
    private final Clock clock;
    private final List<SdkAutoCloseable> owned = new CopyOnWriteArrayList<>();

    ProfileCredentialsFactory(SdkClientFactory clients, MfaCodeProvider mfa, SsoTokenCache ssoCache, Clock clock) {
        this.clients = clients;
        this.mfa = mfa;
        this.ssoCache = ssoCache;
        this.clock = clock;
    }

    /** The credentials of {@code profile} in {@code file}; fails with a message if the profile cannot work. */
    AwsCredentialsProvider forProfile(ProfileFile file, Profile profile) {
        return build(file, profile, new LinkedHashSet<>());
    }

    private AwsCredentialsProvider build(ProfileFile file, Profile profile, Set<String> chain) {
        String name = profile.name();
        if (!chain.add(name)) {
            throw new AwsProfileException(name, "The source_profile settings loop: " + String.join(" -> ", chain)
                    + " -> " + name + ". Point the last one at a profile with its own credentials.");
        }
        return switch (ProfileKinds.of(profile)) {
            case STATIC_KEYS -> staticKeys(profile);
            case ASSUME_ROLE -> assumeRole(file, profile, chain);
            case SSO -> sso(file, profile);
            case CREDENTIAL_PROCESS -> wrap(name, "could not get credentials from its credential_process command",
                    new CredentialProcess(name, profile.property(CREDENTIAL_PROCESS).orElseThrow(),
                            clients.settings().credentialProcessTimeout(), clock));
            case OTHER -> wrap(name, "has no usable credentials", ProfileCredentialsProvider.builder()
                    .profileFile(file).profileName(name).build());
        };
    }

    /** The command line as a shell runs it, quoting and all, as the SDK's older string form did. */
    static List<String> shell(String command) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        return windows ? List.of("cmd.exe", "/C", command) : List.of("sh", "-c", command);
    }

    private AwsCredentialsProvider staticKeys(Profile profile) {
        String id = profile.property(ACCESS_KEY_ID).map(String::trim).orElse("");
        String secret = profile.property(SECRET_ACCESS_KEY).map(String::trim).orElse("");
        if (id.isEmpty() || secret.isEmpty()) {
            throw new AwsProfileException(profile.name(), "Profile " + profile.name()
                    + " has an access key id without its secret access key (or the reverse).");
        }
        Optional<String> token = profile.property(SESSION_TOKEN).map(String::trim).filter(t -> !t.isEmpty());
        return StaticCredentialsProvider.create(token.<software.amazon.awssdk.auth.credentials.AwsCredentials>map(
                t -> AwsSessionCredentials.create(id, secret, t)).orElseGet(() -> AwsBasicCredentials.create(id, secret)));
    }

    private AwsCredentialsProvider assumeRole(ProfileFile file, Profile profile, Set<String> chain) {
        String name = profile.name();
        String role = profile.property(ROLE_ARN).orElseThrow();
        AwsCredentialsProvider source = source(file, profile, chain);
        String region = profile.property(REGION).filter(r -> !r.isBlank()).orElse(DEFAULT_STS_REGION);
        StsClient sts = own(clients.build(StsClient.class, region, source, file, name, Set.of("AssumeRole")));
        StsAssumeRoleCredentialsProvider provider = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(new AssumeRoleRequests(profile, mfa, clock))
                .asyncCredentialUpdateEnabled(false)
                .build();
        return wrap(name, "could not assume " + role, provider);
    }

    private AwsCredentialsProvider source(ProfileFile file, Profile profile, Set<String> chain) {
        String name = profile.name();
        Optional<String> sourceName = profile.property(SOURCE_PROFILE).map(String::trim).filter(s -> !s.isEmpty());
        if (sourceName.isPresent()) {
            if (sourceName.get().equals(name)) {
                return staticKeys(profile); // a role profile may carry the keys it starts from
            }
            Profile sourceProfile = file.profile(sourceName.get()).orElseThrow(() -> new AwsProfileException(name,
                    "Profile " + name + " names source_profile " + sourceName.get() + ", which does not exist."));
            return build(file, sourceProfile, chain);
        }
        String credentialSource = profile.property(CREDENTIAL_SOURCE).map(String::trim).orElse("");
        return switch (credentialSource) {
            case "Environment" -> EnvironmentVariableCredentialsProvider.create();
            case "Ec2InstanceMetadata" -> InstanceProfileCredentialsProvider.create();
            case "EcsContainer" -> ContainerCredentialsProvider.create();
            default -> throw new AwsProfileException(name, "Profile " + name + " has a role_arn but neither "
                    + "source_profile nor a known credential_source (Environment, Ec2InstanceMetadata, EcsContainer).");
        };
    }

    private AwsCredentialsProvider sso(ProfileFile file, Profile profile) {
        SsoRoleRequests requests = new SsoRoleRequests(file, profile, ssoCache);
        // The portal call carries the cached bearer token, not a signature: anonymous credentials for the client.
        SsoClient portal = own(clients.build(SsoClient.class, requests.region(), AnonymousCredentialsProvider.create(),
                file, profile.name(), Set.of("GetRoleCredentials")));
        SsoCredentialsProvider.Builder builder = SsoCredentialsProvider.builder(); // its static type is package-private
        SsoCredentialsProvider provider = builder
                .ssoClient(portal)
                .refreshRequest(requests)
                .asyncCredentialUpdateEnabled(false)
                .build();
        return wrap(profile.name(), "could not get credentials from IAM Identity Center", provider);
    }

    private AwsCredentialsProvider wrap(String profile, String what, AwsCredentialsProvider delegate) {
        ExplainingCredentialsProvider wrapped = new ExplainingCredentialsProvider(profile, what, delegate);
        owned.add(wrapped);
        return wrapped;
    }

    private <C extends SdkAutoCloseable> C own(C closeable) {
        owned.add(closeable);
        return closeable;
    }

    @Override
    public void close() {
        owned.forEach(SdkAutoCloseable::close);
        owned.clear();
    }
}
