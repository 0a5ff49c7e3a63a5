package io.secpillar.watool.aws;

import io.secpillar.evidence.aws.ProfileSession;
import io.secpillar.watool.RegionCode;
import io.secpillar.watool.WaAccessList;
import io.secpillar.watool.WaToolException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

import java.time.Duration;
import java.util.function.Function;

/**
 * Opens WA Tool ports for a profile and region, each with a client limited to one {@link WaAccessList}. The profile's
 * credentials come from the evidence engine's access layer ({@code DefaultAwsAccess#session}); the clients built here
 * are not that layer's and never carry its read-only guard, nor does that guard change.
 */
public final class WaToolConnector implements AutoCloseable {

    private final Function<String, ProfileSession> sessions;
    private final SdkHttpClient http;

    /** @param sessions the profile's session, e.g. {@code DefaultAwsAccess::session} */
    public WaToolConnector(Function<String, ProfileSession> sessions) {
        this.sessions = sessions;
        // Apache, not url-connection: UpdateAnswer and AssociateLenses are PATCH, which HttpURLConnection refuses
        this.http = ApacheHttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
                .socketTimeout(Duration.ofSeconds(30)).build();
    }

    /**
     * A port for {@code profile} in {@code region} that may send only {@code allowed}. Fails with a sentence when the
     * region is not a region code or the profile cannot work; nothing is sent here.
     */
    public SdkWaToolPort open(String profile, String region, WaAccessList allowed) {
        if (!RegionCode.isValid(region)) {
            throw new WaToolException("\"" + region + "\" is not an AWS region code such as eu-central-1.");
        }
        ProfileSession session = sessions.apply(profile);
        return new SdkWaToolPort(WaToolClients.build(session, region.strip(), allowed, http), profile);
    }

    @Override
    public void close() {
        http.close();
    }
}
