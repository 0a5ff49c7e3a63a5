package io.secpillar.ui.evidence;

import io.secpillar.evidence.aws.MfaCodeProvider;
import javafx.stage.Window;

import java.util.Optional;

/**
 * The window's way to ask for an MFA code (an assume-role profile with mfa_serial): the access layer calls it
 * from a background thread; it knows which window to sit on. The code is used once and never stored.
 */
public interface MfaPrompt extends MfaCodeProvider {

    MfaPrompt NONE = (profile, serial) -> Optional.empty();

    /** The window a dialog should sit on; the Evidence view passes its own when it is shown. */
    default void attachTo(Window owner) {
    }
}
