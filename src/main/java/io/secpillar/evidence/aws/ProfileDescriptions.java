package io.secpillar.evidence.aws;

import io.secpillar.evidence.scan.ProfileInfo.Kind;
import io.secpillar.evidence.scan.ProfileInfo;
import software.amazon.awssdk.profiles.Profile;

import java.util.ArrayList;
import java.util.List;

import static io.secpillar.evidence.aws.ProfileKinds.*;

/**
 * One line that tells the consultant what a profile does, e.g. "assumes arn:aws:iam::…:role/Audit via profile
 * base (external id, MFA)". Built only from names, ARNs and URLs: never a key, token, external id value or the
 * arguments of a credential command.
 */
final class ProfileDescriptions {

    private ProfileDescriptions() {
    }

    static String describe(Profile profile) {
        Kind kind = ProfileKinds.of(profile);
        return switch (kind) {
            case STATIC_KEYS -> profile.property(SESSION_TOKEN).isPresent()
                    ? "temporary access keys (with a session token) in the file" : "access keys in the file";
            case ASSUME_ROLE -> assumeRole(profile);
            case SSO -> sso(profile);
            case CREDENTIAL_PROCESS -> "credentials from the command " + program(profile.property(CREDENTIAL_PROCESS)
                    .orElse(""));
            case OTHER -> profile.property(WEB_IDENTITY_TOKEN_FILE).isPresent()
                    ? "assumes " + profile.property(ROLE_ARN).orElse("a role") + " with a web identity token"
                    : "no credentials of its own (the SDK's default sources apply)";
        };
    }

    private static String assumeRole(Profile profile) {
        String via = profile.property(SOURCE_PROFILE).map(s -> "via profile " + s)
                .or(() -> profile.property(CREDENTIAL_SOURCE).map(s -> "via " + s))
                .orElse("without a source profile");
        List<String> extras = new ArrayList<>();
        if (ProfileKinds.has(profile, EXTERNAL_ID)) {
            extras.add("external id");
        }
        if (ProfileKinds.has(profile, MFA_SERIAL)) {
            extras.add("MFA");
        }
        return "assumes " + profile.property(ROLE_ARN).orElse("") + " " + via
                + (extras.isEmpty() ? "" : " (" + String.join(", ", extras) + ")");
    }

    private static String sso(Profile profile) {
        String account = profile.property(SSO_ACCOUNT_ID).orElse("?");
        String role = profile.property(SSO_ROLE_NAME).orElse("?");
        String via = profile.property(SSO_SESSION).map(s -> "session " + s)
                .or(() -> profile.property(SSO_START_URL).map(u -> u))
                .orElse("no start URL");
        return "IAM Identity Center: role " + role + " in account " + account + " (" + via + ")";
    }

    /** The command's program name only: its arguments may carry a secret. */
    static String program(String command) {
        String first = command.trim().split("\\s+", 2)[0].replace("\"", "").replace("'", "");
        int slash = Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\'));
        return slash >= 0 ? first.substring(slash + 1) : first;
    }
}
