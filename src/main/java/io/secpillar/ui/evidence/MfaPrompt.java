package io.secpillar.ui.evidence;

import javafx.stage.Window;

import java.util.Optional;

/**
 * Asks the user for an MFA code when an assume-role profile names an mfa_serial. Called by the AWS access
 * layer from a background thread; empty when the user cancels. The code is used once and never stored.
 */
public interface MfaPrompt {

    MfaPrompt NONE = (profile, serial) -> Optional.empty();

    Optional<String> code(String profile, String mfaSerial);

    /** The window a dialog should sit on; the Evidence view passes its own when it is shown. */
    default void attachTo(Window owner) {
    }
}
