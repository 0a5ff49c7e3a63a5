package io.secpillar.evidence.aws;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the AWS CLI's files are, found the way the CLI finds them: {@code AWS_CONFIG_FILE} and
 * {@code AWS_SHARED_CREDENTIALS_FILE}, else {@code ~/.aws/config} and {@code ~/.aws/credentials}; the selected
 * profile from {@code aws.profile}, {@code AWS_PROFILE} or {@code AWS_DEFAULT_PROFILE}; the SSO token cache in
 * {@code ~/.aws/sso/cache}. Tests build one with explicit paths instead of touching the real home directory.
 *
 * @param environment the endpoint variables of the environment ({@code AWS_ENDPOINT_URL…},
 *                    {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS}); nothing else is kept, since the environment
 *                    may hold keys
 */
public record AwsConfigLocations(Path configFile, Path credentialsFile, Path ssoCacheDirectory,
                                 Optional<String> selectedProfile, Map<String, String> environment) {

    public AwsConfigLocations {
        environment = environment.entrySet().stream()
                .filter(e -> e.getKey().startsWith("AWS_ENDPOINT_URL")
                        || e.getKey().equals("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"))
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Explicit files, no selected profile, no environment: what tests use. */
    public static AwsConfigLocations of(Path configFile, Path credentialsFile, Path ssoCacheDirectory) {
        return new AwsConfigLocations(configFile, credentialsFile, ssoCacheDirectory, Optional.empty(), Map.of());
    }

    /** The locations of this process: its environment and system properties. */
    public static AwsConfigLocations fromSystem() {
        return from(System.getenv(), System.getProperties());
    }

    public static AwsConfigLocations from(Map<String, String> env, Properties properties) {
        Path home = Path.of(nonBlank(env.get("HOME")).orElse(properties.getProperty("user.home", ".")));
        Path config = nonBlank(env.get("AWS_CONFIG_FILE")).map(p -> expand(p, home))
                .orElse(home.resolve(".aws").resolve("config"));
        Path credentials = nonBlank(env.get("AWS_SHARED_CREDENTIALS_FILE")).map(p -> expand(p, home))
                .orElse(home.resolve(".aws").resolve("credentials"));
        Optional<String> profile = nonBlank(properties.getProperty("aws.profile"))
                .or(() -> nonBlank(env.get("AWS_PROFILE")))
                .or(() -> nonBlank(env.get("AWS_DEFAULT_PROFILE")));
        return new AwsConfigLocations(config, credentials, home.resolve(".aws").resolve("sso").resolve("cache"),
                profile, env);
    }

    public AwsConfigLocations withSelectedProfile(String profile) {
        return new AwsConfigLocations(configFile, credentialsFile, ssoCacheDirectory, nonBlank(profile), environment);
    }

    private static Path expand(String path, Path home) {
        if (path.equals("~")) {
            return home;
        }
        return path.startsWith("~/") ? home.resolve(path.substring(2)) : Path.of(path);
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }
}
