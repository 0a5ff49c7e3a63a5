package io.secpillar.report.pdf;

import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.asn1.cmp.PKIFailureInfo;

import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An RFC 3161 timestamp authority on 127.0.0.1 made with Bouncy Castle's TimeStampResponseGenerator: a real TSA
 * certificate (extended key usage timeStamping, critical), real tokens, and a switch to refuse every request.
 */
final class LocalTsa implements AutoCloseable {

    static final String NAME = "CN=SecPillar Test TSA,O=Test Time Authority,C=CH";
    static final Instant TIME = Instant.parse("2026-11-29T18:00:00Z");

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong serial = new AtomicLong(1);
    private volatile boolean refuse;

    LocalTsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        X500Name name = new X500Name(NAME);
        X509CertificateHolder cert = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(7),
                Date.from(TIME.minusSeconds(86_400 * 30)), Date.from(TIME.plusSeconds(86_400L * 3650)), name,
                pair.getPublic())
                .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", pair.getPrivate(),
                        new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(cert)),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
        tokens.addCertificates(new JcaCertStore(List.of(cert)));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            requests.incrementAndGet();
            try (exchange) {
                byte[] body;
                try {
                    TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                    body = (refuse
                            ? responses.generateRejectedResponse(new Exception("the test TSA refuses requests"))
                            : responses.generate(request, BigInteger.valueOf(serial.getAndIncrement()), Date.from(TIME)))
                            .getEncoded();
                } catch (Exception e) {
                    body = responses.generateFailResponse(2, PKIFailureInfo.badDataFormat, e.getMessage()).getEncoded();
                }
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    int requests() {
        return requests.get();
    }

    void refuse(boolean refuse) {
        this.refuse = refuse;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
