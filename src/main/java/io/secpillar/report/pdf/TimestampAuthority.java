package io.secpillar.report.pdf;

import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * An RFC 3161 time-stamping authority the consultant names: asked for a token over the signature value, which
 * becomes the signature-time-stamp attribute of a PAdES B-T signature. Only the SHA-256 digest of the signature
 * leaves the machine; nothing of the report does.
 */
public final class TimestampAuthority {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI url;
    private final HttpClient http;

    private TimestampAuthority(URI url) {
        this.url = url;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The authority at this address; an address that is not an http(s) URL with a host gets a plain sentence. */
    public static TimestampAuthority at(String address) {
        String a = address == null ? "" : address.strip();
        URI uri;
        try {
            uri = new URI(a);
        } catch (java.net.URISyntaxException e) {
            throw new ReportExportException("The timestamp authority address \"" + a + "\" is not a URL: "
                    + e.getReason() + ". Give one such as http://timestamp.example.com/tsa.");
        }
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new ReportExportException("The timestamp authority address \"" + a + "\" must be an http:// or "
                    + "https:// URL with a host, such as http://timestamp.example.com/tsa.");
        }
        return new TimestampAuthority(uri);
    }

    public URI url() {
        return url;
    }

    /** Why no timestamp could be had: the TSA cannot be reached, refused, or answered with something else. */
    static final class TimestampException extends IOException {
        TimestampException(String message) {
            super(message);
        }

        TimestampException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The DER-encoded time-stamp token for these signature bytes. */
    byte[] stamp(byte[] signatureValue) throws IOException {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(signatureValue);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        BigInteger nonce = new BigInteger(64, new SecureRandom());
        TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256, digest, nonce);
        HttpResponse<byte[]> reply;
        try {
            reply = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT)
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampException("the request to the timestamp authority " + url + " was interrupted", e);
        } catch (IOException e) {
            throw new TimestampException("the timestamp authority " + url + " could not be reached ("
                    + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()) + ")", e);
        }
        if (reply.statusCode() != 200) {
            throw new TimestampException("the timestamp authority " + url + " answered HTTP " + reply.statusCode());
        }
        TimeStampResponse response;
        try {
            response = new TimeStampResponse(reply.body());
        } catch (TSPException | IOException | IllegalArgumentException e) {
            throw new TimestampException("the timestamp authority " + url + " sent an answer that is not an RFC 3161 "
                    + "response (" + e.getMessage() + ")", e);
        }
        if (response.getStatus() != PKIStatus.GRANTED && response.getStatus() != PKIStatus.GRANTED_WITH_MODS) {
            throw new TimestampException("the timestamp authority " + url + " refused the request ("
                    + Optional.ofNullable(response.getStatusString()).orElse("status " + response.getStatus()) + ")");
        }
        try {
            response.validate(request);
            return response.getTimeStampToken().getEncoded();
        } catch (TSPException | IOException | RuntimeException e) {
            throw new TimestampException("the timestamp authority " + url + " sent a timestamp that does not match this "
                    + "signature (" + e.getMessage() + ")", e);
        }
    }
}
