package io.secpillar.report.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Opens a PKCS#12 keystore with the password the consultant typed and picks the signing key. Every way this can
 * go wrong (wrong password, no private key, unknown alias, expired certificate) ends in a message that says so.
 * The password array is the caller's to clear.
 */
public final class KeystoreLoader {

    private KeystoreLoader() {
    }

    /** Aliases that hold a private key; the keystore must be opened with its password for PKCS#12. */
    public static List<String> keyAliases(Path keystore, char[] password) {
        KeyStore ks = open(keystore, password);
        try {
            List<String> aliases = new ArrayList<>();
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    aliases.add(alias);
                }
            }
            return aliases;
        } catch (KeyStoreException e) {
            throw new SigningKeyException("Cannot list the keystore " + keystore + because(e) + ".", e);
        }
    }

    /**
     * Loads the key under {@code alias}, or the only key when no alias is given, and checks that its certificate
     * is valid at {@code now}.
     */
    public static SigningCredentials load(Path keystore, Optional<String> alias, char[] password, Instant now) {
        KeyStore ks = open(keystore, password);
        try {
            String chosen = alias.filter(a -> !a.isBlank()).map(String::strip).orElseGet(() -> onlyKeyAlias(ks, keystore));
            if (!ks.containsAlias(chosen)) {
                throw new SigningKeyException("The keystore " + keystore.getFileName() + " has no entry \"" + chosen
                        + "\". Entries with a private key: " + describe(keyAliasesOf(ks)) + ".");
            }
            if (!ks.isKeyEntry(chosen)) {
                throw new SigningKeyException("The entry \"" + chosen + "\" in " + keystore.getFileName()
                        + " holds only a certificate, no private key, so it cannot sign. Choose a keystore entry "
                        + "with a private key (a .p12 exported with its key).");
            }
            Key key = ks.getKey(chosen, password);
            if (!(key instanceof PrivateKey privateKey)) {
                throw new SigningKeyException("The entry \"" + chosen + "\" holds no private key, so it cannot sign.");
            }
            Certificate[] chain = ks.getCertificateChain(chosen);
            if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate)) {
                throw new SigningKeyException("The entry \"" + chosen + "\" has no X.509 certificate with its key.");
            }
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : chain) {
                certs.add((X509Certificate) c);
            }
            checkValidity(certs.get(0), now);
            return new SigningCredentials(privateKey, certs);
        } catch (UnrecoverableKeyException e) {
            throw new SigningKeyException("The key in " + keystore.getFileName() + " has a password other than the "
                    + "keystore's; this workbench needs one password for both.", e);
        } catch (GeneralSecurityException e) {
            throw new SigningKeyException("Cannot read the key from " + keystore.getFileName() + because(e) + ".", e);
        }
    }

    /** Refuses a certificate outside its validity period: a signature made with it could not be trusted. */
    public static void checkValidity(X509Certificate cert, Instant now) {
        Instant from = cert.getNotBefore().toInstant();
        Instant to = cert.getNotAfter().toInstant();
        if (now.isAfter(to)) {
            throw new SigningKeyException("The signing certificate \"" + Certificates.commonName(cert)
                    + "\" expired on " + to + ". Renew it, or create a new self-signed certificate, then export again.");
        }
        if (now.isBefore(from)) {
            throw new SigningKeyException("The signing certificate \"" + Certificates.commonName(cert)
                    + "\" is valid only from " + from + ". Check the computer's clock or use another certificate.");
        }
    }

    private static KeyStore open(Path keystore, char[] password) {
        if (!Files.isRegularFile(keystore)) {
            throw new SigningKeyException("The keystore " + keystore + " does not exist or is not a file.");
        }
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return ks;
        } catch (NoSuchFileException e) {
            throw new SigningKeyException("The keystore " + keystore + " does not exist.", e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new SigningKeyException("The keystore password is wrong for " + keystore.getFileName()
                        + ". Nothing was written; try again with the right password.", e);
            }
            // the platform's reasons here are parser internals ("toDerInputStream rejects tag type -103")
            throw new SigningKeyException("Cannot read " + keystore.getFileName() + ": it is not a PKCS#12 keystore,"
                    + " or it is damaged. Export the key and certificate as a .p12 file.", e);
        } catch (GeneralSecurityException e) {
            throw new SigningKeyException("Cannot open the keystore " + keystore.getFileName() + because(e) + ".", e);
        }
    }

    private static String onlyKeyAlias(KeyStore ks, Path keystore) {
        List<String> keys = keyAliasesOf(ks);
        if (keys.isEmpty()) {
            throw new SigningKeyException("The keystore " + keystore.getFileName() + " holds no private key, only "
                    + "certificates, so it cannot sign. Use a .p12 file that contains your key.");
        }
        if (keys.size() > 1) {
            throw new SigningKeyException("The keystore " + keystore.getFileName() + " holds several keys ("
                    + describe(keys) + "). Say which one signs with --alias.");
        }
        return keys.get(0);
    }

    private static List<String> keyAliasesOf(KeyStore ks) {
        try {
            List<String> keys = new ArrayList<>();
            for (String a : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(a)) {
                    keys.add(a);
                }
            }
            return keys;
        } catch (KeyStoreException e) {
            return List.of();
        }
    }

    /** " (the reason)" when the platform gave one; many keystore failures come without a message. */
    private static String because(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e instanceof java.io.EOFException ? " (the file ends too early)" : " (the file is not in that format)";
        }
        return " (" + m.strip().replaceAll("[.\\s]+$", "") + ")";
    }

    private static String describe(List<String> aliases) {
        return aliases.isEmpty() ? "none" : "\"" + String.join("\", \"", aliases) + "\"";
    }
}
