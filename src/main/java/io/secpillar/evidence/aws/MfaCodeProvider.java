package io.secpillar.evidence.aws;

import java.util.Optional;

/**
 * Asks the person at the keyboard for a one-time MFA code when a profile assumes a role with {@code mfa_serial}.
 * The window shows a dialog, the command line reads the console. Called from a background thread; may block.
 */
@FunctionalInterface
public interface MfaCodeProvider {

    /** The code from the device {@code mfaSerial}, or empty when the user gave none (cancelled). */
    Optional<String> codeFor(String profile, String mfaSerial);

    /** For callers without a person to ask (tests, batch runs): profiles that need MFA fail with a message. */
    static MfaCodeProvider none() {
        return (profile, serial) -> Optional.empty();
    }
}
