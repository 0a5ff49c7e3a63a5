package io.secpillar.cli;

import java.io.Console;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the command line gets a keystore password: the environment variable, else a prompt on the terminal
 * that does not echo. Never an argument, which would end up in shell history and process lists.
 */
final class KeystorePassword {

    static final String ENV = "SECPILLAR_KEYSTORE_PASSWORD";

    /** Asks the person at the terminal; empty when there is no terminal. */
    @FunctionalInterface
    interface Prompt {
        Optional<char[]> ask(String question);
    }

    static final Prompt CONSOLE = question -> {
        Console console = System.console();
        return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", question));
    };

    private KeystorePassword() {
    }

    static char[] obtain(Function<String, String> env, Prompt prompt, String question) {
        String fromEnv = env.apply(ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        return prompt.ask(question).orElseThrow(() -> new UserFacingException("No keystore password: set the "
                + "environment variable " + ENV + ", or run the command in a terminal to be asked for it."));
    }
}
