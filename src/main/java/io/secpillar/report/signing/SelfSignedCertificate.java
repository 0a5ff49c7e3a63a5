package io.secpillar.report.signing;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * The workbench's own signing certificate for consultants without one: a key pair and a self-signed
 * certificate in a password-protected PKCS#12 file in the data directory, plus the certificate alone (public)
 * beside it so it can be exported for the client without asking for the password.
 */
public final class SelfSignedCertificate {

    public static final String ALIAS = "secpillar-report-signing";
    static final String DIRECTORY = "signing";
    static final String KEYSTORE = "self-signed-signing.p12";
    static final String CERTIFICATE = "self-signed-signing.pem";
    static final Duration VALIDITY = Duration.ofDays(3 * 365);

    private final Path directory;

    public SelfSignedCertificate(Path dataDirectory) {
        this.directory = dataDirectory.resolve(DIRECTORY);
    }

    public Path keystore() {
        return directory.resolve(KEYSTORE);
    }

    public boolean exists() {
        return Files.isRegularFile(keystore()) && Files.isRegularFile(directory.resolve(CERTIFICATE));
    }

    /** The stored certificate, for display and export; empty when none was created. */
    public Optional<X509Certificate> certificate() {
        Path pem = directory.resolve(CERTIFICATE);
        if (!Files.isRegularFile(pem)) {
            return Optional.empty();
        }
        try (var in = Files.newInputStream(pem)) {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (IOException | GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * Creates the key pair and certificate. Refuses to replace an existing one unless {@code replace} is set,
     * because reports signed before would then carry a fingerprint the client no longer has.
     */
    public X509Certificate create(String commonName, Optional<String> organisation, KeyType type, char[] password,
                                  Instant now, boolean replace) {
        if (commonName == null || commonName.isBlank()) {
            throw new SigningKeyException("Give the name that signs the reports (usually your own).");
        }
        if (password == null || password.length < 8) {
            throw new SigningKeyException("Choose a keystore password of at least 8 characters.");
        }
        if (exists() && !replace) {
            throw new SigningKeyException("A self-signed signing certificate exists already in " + directory
                    + ". Replace it only if you mean to: clients compare reports against its fingerprint.");
        }
        try {
            KeyPair pair = generate(type);
            X509Certificate cert = certify(pair, commonName.strip(), organisation, type, now);
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, pair.getPrivate(), password, new X509Certificate[] {cert});
            Files.createDirectories(directory);
            writeAtomically(keystore(), out -> ks.store(out, password));
            writeAtomically(directory.resolve(CERTIFICATE),
                    out -> out.write(Certificates.pem(cert).getBytes(StandardCharsets.US_ASCII)));
            return cert;
        } catch (IOException e) {
            throw new SigningKeyException("Cannot store the signing certificate in " + directory + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new SigningKeyException("Cannot create the signing key: " + e.getMessage(), e);
        }
    }

    /** Loads the key for signing with the password the consultant types now. */
    public SigningCredentials load(char[] password, Instant now) {
        if (!exists()) {
            throw new SigningKeyException("No self-signed signing certificate exists yet. Create one in the app "
                    + "(Export report…, Create certificate…) or with: secpillar signing-certificate --create --name NAME");
        }
        return KeystoreLoader.load(keystore(), Optional.of(ALIAS), password, now);
    }

    /** Writes the certificate for the client: PEM text for a .pem/.crt name, DER bytes for .cer/.der. */
    public void exportCertificate(Path target) {
        X509Certificate cert = certificate().orElseThrow(() ->
                new SigningKeyException("No self-signed signing certificate exists yet. Create one first."));
        String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try {
            byte[] bytes = name.endsWith(".cer") || name.endsWith(".der") ? cert.getEncoded()
                    : Certificates.pem(cert).getBytes(StandardCharsets.US_ASCII);
            Path parent = target.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new SigningKeyException("Cannot export the certificate: the folder " + parent + " does not exist.");
            }
            writeAtomically(target.toAbsolutePath(), out -> out.write(bytes));
        } catch (IOException e) {
            throw new SigningKeyException("Cannot write the certificate to " + target + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SigningKeyException("Cannot encode the certificate: " + e.getMessage(), e);
        }
    }

    private static KeyPair generate(KeyType type) throws GeneralSecurityException {
        if (type == KeyType.RSA_3072) {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(3072, new SecureRandom());
            return g.generateKeyPair();
        }
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return g.generateKeyPair();
    }

    private static X509Certificate certify(KeyPair pair, String commonName, Optional<String> organisation,
                                           KeyType type, Instant now)
            throws GeneralSecurityException, IOException, org.bouncycastle.operator.OperatorCreationException {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName);
        organisation.map(String::strip).filter(s -> !s.isEmpty()).ifPresent(o -> name.addRDN(BCStyle.O, o));
        var subject = name.build();
        Instant from = now.minus(Duration.ofMinutes(5));
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(127, new SecureRandom()).add(BigInteger.ONE), Date.from(from),
                Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
        builder.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
        String algorithm = type == KeyType.RSA_3072 ? "SHA256withRSA" : "SHA256withECDSA";
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(algorithm).build(pair.getPrivate())));
    }

    @FunctionalInterface
    private interface Writer {
        void write(OutputStream out) throws IOException, GeneralSecurityException;
    }

    private static void writeAtomically(Path target, Writer writer) throws IOException, GeneralSecurityException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

}
