package io.secpillar.report.signing;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

/** PKCS#12 files for the unhappy paths: expired certificates, certificate-only entries, several keys. */
public final class TestKeystores {

    private TestKeystores() {
    }

    public static X509Certificate certificate(KeyPair pair, String cn, Instant from, Instant to) throws Exception {
        X500Name name = new X500Name("CN=" + cn + ",O=Test Consultancy,C=CH");
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.valueOf(System.nanoTime()), Date.from(from), Date.from(to), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    }

    public static KeyPair ecKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    /** A keystore with one key entry under {@code alias} whose certificate is valid from..to. */
    public static Path withKey(Path file, char[] password, String alias, Instant from, Instant to) throws Exception {
        KeyPair pair = ecKey();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(alias, pair.getPrivate(), password, new X509Certificate[] {certificate(pair, alias, from, to)});
        store(ks, file, password);
        return file;
    }

    /** A keystore holding only a trusted certificate, no private key. */
    public static Path certificateOnly(Path file, char[] password, Instant from, Instant to) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("client-ca", certificate(ecKey(), "Client CA", from, to));
        store(ks, file, password);
        return file;
    }

    private static void store(KeyStore ks, Path file, char[] password) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, password);
        }
    }
}
