package io.secpillar.evidence.aws;

import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * Tells whether a configured endpoint (a local emulator) applies to a service. The SDK routes every client to
 * such an endpoint by itself, as long as we never call {@code endpointOverride}: {@code AWS_ENDPOINT_URL_<SERVICE>},
 * {@code AWS_ENDPOINT_URL}, their {@code aws.endpointUrl…} system properties, and {@code endpoint_url} in the
 * profile or its {@code services} section. We only need to know for S3, which emulators serve path-style
 * (http://host/bucket) rather than with the bucket in the host name.
 */
final class EndpointOverrides {

    private final Map<String, String> environment;
    private final Supplier<Properties> properties;

    EndpointOverrides(Map<String, String> environment, Supplier<Properties> properties) {
        this.environment = Map.copyOf(environment);
        this.properties = properties;
    }

    /**
     * @param envSuffix the service's variable suffix, e.g. {@code S3} for {@code AWS_ENDPOINT_URL_S3}
     * @param propertySuffix its system-property suffix, e.g. {@code S3} for {@code aws.endpointUrlS3}
     * @param servicesKey its key in a {@code services} section, e.g. {@code s3}
     */
    boolean configuredFor(String envSuffix, String propertySuffix, String servicesKey, ProfileFile file,
                          String profileName) {
        Properties props = properties.get();
        Optional<Profile> profile = file.profile(profileName);
        if (ignored(props, profile)) {
            return false;
        }
        return present(props.getProperty("aws.endpointUrl" + propertySuffix))
                || present(environment.get("AWS_ENDPOINT_URL_" + envSuffix))
                || present(props.getProperty("aws.endpointUrl"))
                || present(environment.get("AWS_ENDPOINT_URL"))
                || profile.map(p -> inServicesSection(file, p, servicesKey)
                        || present(p.property("endpoint_url").orElse(null))).orElse(false);
    }

    private boolean ignored(Properties props, Optional<Profile> profile) {
        String flag = Optional.ofNullable(props.getProperty("aws.ignoreConfiguredEndpointUrls"))
                .or(() -> Optional.ofNullable(environment.get("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")))
                .or(() -> profile.flatMap(p -> p.property("ignore_configured_endpoint_urls")))
                .orElse("false");
        return Boolean.parseBoolean(flag.trim());
    }

    private static boolean inServicesSection(ProfileFile file, Profile profile, String servicesKey) {
        return profile.property("services")
                .flatMap(name -> file.getSection("services", name))
                .flatMap(section -> section.property(servicesKey + ".endpoint_url"))
                .filter(EndpointOverrides::present)
                .isPresent();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
