package io.secpillar.evidence.scan;

import java.util.Optional;

/** A profile as shown to the user: its name, how it gets credentials, its default region. Never a secret. */
public record ProfileInfo(String name, Kind kind, Optional<String> region, String description) {

    public enum Kind { STATIC_KEYS, ASSUME_ROLE, SSO, CREDENTIAL_PROCESS, OTHER }
}
