package io.secpillar.report.pdf;

import io.secpillar.report.signing.KeyType;
import io.secpillar.report.signing.SelfSignedCertificate;
import io.secpillar.report.signing.SigningCredentials;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** Self-signed keys made the way the app makes them, in a test's data directory. */
final class SigningFixtures {

    static final char[] PASSWORD = "correct horse battery".toCharArray();

    private SigningFixtures() {
    }

    static SigningCredentials selfSigned(Path dataDir, KeyType type, Instant now) {
        SelfSignedCertificate store = new SelfSignedCertificate(dataDir);
        store.create("Daniel Osei", Optional.of("Northwind Security Partners"), type, PASSWORD.clone(), now, true);
        return store.load(PASSWORD.clone(), now);
    }
}
