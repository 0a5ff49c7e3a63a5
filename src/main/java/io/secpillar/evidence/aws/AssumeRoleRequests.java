package io.secpillar.evidence.aws;

import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static io.secpillar.evidence.aws.ProfileKinds.EXTERNAL_ID;
import static io.secpillar.evidence.aws.ProfileKinds.MFA_SERIAL;
import static io.secpillar.evidence.aws.ProfileKinds.ROLE_ARN;

/**
 * Builds the AssumeRole request of a role profile each time the credentials are (re)fetched: role ARN, session
 * name, external id, duration, and — when the profile names an {@code mfa_serial} — a fresh code from the user.
 */
final class AssumeRoleRequests implements Supplier<AssumeRoleRequest> {

    private static final Pattern MFA_CODE = Pattern.compile("\\d{6}");

    private final Profile profile;
    private final MfaCodeProvider mfa;
    private final Clock clock;

    AssumeRoleRequests(Profile profile, MfaCodeProvider mfa, Clock clock) {
        this.profile = profile;
        this.mfa = mfa;
        this.clock = clock;
    }

    @Override
    public AssumeRoleRequest get() {
        AssumeRoleRequest.Builder request = AssumeRoleRequest.builder()
                .roleArn(profile.property(ROLE_ARN).orElseThrow())
                .roleSessionName(profile.property("role_session_name").filter(s -> !s.isBlank())
                        .orElse("secpillar-" + clock.millis()));
        profile.property(EXTERNAL_ID).filter(s -> !s.isBlank()).ifPresent(request::externalId);
        profile.property("duration_seconds").map(String::trim).map(this::duration).ifPresent(request::durationSeconds);
        Optional<String> serial = profile.property(MFA_SERIAL).filter(s -> !s.isBlank());
        if (serial.isPresent()) {
            request.serialNumber(serial.get()).tokenCode(code(serial.get()));
        }
        return request.build();
    }

    private String code(String serial) {
        String code = mfa.codeFor(profile.name(), serial).map(String::trim).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new AwsProfileException(profile.name(), "Profile " + profile.name()
                        + " assumes its role with MFA (" + serial + "), and no MFA code was given."));
        if (!MFA_CODE.matcher(code).matches()) {
            throw new AwsProfileException(profile.name(), "The MFA code for profile " + profile.name()
                    + " must be the 6 digits your device shows.");
        }
        return code;
    }

    private Integer duration(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new AwsProfileException(profile.name(), "Profile " + profile.name()
                    + " has a duration_seconds that is not a number: " + value);
        }
    }
}
