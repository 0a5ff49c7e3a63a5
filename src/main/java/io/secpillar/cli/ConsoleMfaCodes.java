package io.secpillar.cli;

import io.secpillar.evidence.aws.MfaCodeProvider;

import java.io.Console;
import java.util.Optional;

/** Asks for an MFA code on the terminal (not echoed); without a terminal there is no one to ask. */
final class ConsoleMfaCodes implements MfaCodeProvider {

    @Override
    public synchronized Optional<String> codeFor(String profile, String mfaSerial) {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] code = console.readPassword("MFA code for profile %s (%s): ", profile, mfaSerial);
        return code == null || code.length == 0 ? Optional.empty() : Optional.of(new String(code).strip());
    }
}
