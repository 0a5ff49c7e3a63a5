package io.secpillar.report.pdf;

import io.secpillar.report.pdf.VerificationResult.Verdict;
import io.secpillar.report.signing.Certificates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Checks a signed report the way a sceptical client would: the CMS signature over the signed bytes, the ESS
 * binding to the embedded certificate, that the signed byte range spans the whole file (so nothing was appended),
 * and the certification level. Trust in the issuer is not decided here: the fingerprint is shown for comparison.
 */
public final class PdfSignatureVerifier {

    public VerificationResult verify(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return VerificationResult.failed(Verdict.UNREADABLE, "Cannot read " + file + ": " + e.getMessage());
        }
        return verify(bytes);
    }

    public VerificationResult verify(byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return VerificationResult.failed(Verdict.NOT_SIGNED, "The document carries no digital signature.");
            }
            return check(doc, signatures, bytes);
        } catch (IOException e) {
            return VerificationResult.failed(Verdict.UNREADABLE,
                    "The file cannot be read as a PDF (" + e.getMessage() + "); it may be damaged or altered.");
        }
    }

    private VerificationResult check(PDDocument doc, List<PDSignature> signatures, byte[] bytes) throws IOException {
        List<String> problems = new ArrayList<>();
        PDSignature sig = signatures.get(0);
        if (signatures.size() > 1) {
            problems.add(signatures.size() + " signatures found; a certified report has exactly one.");
        }
        int[] range = sig.getByteRange();
        boolean rangeSane = range != null && range.length == 4 && range[0] == 0 && range[1] > 0
                && range[2] > range[1] && range[3] >= 0 && (long) range[2] + range[3] <= bytes.length
                && bytes[range[1]] == '<' && bytes[range[2] - 1] == '>';
        if (!rangeSane) {
            problems.add("The signed byte range is malformed, so the signature does not protect the document.");
            return result(Verdict.BROKEN, sig, Optional.empty(), false, false, problems, doc, Optional.empty());
        }
        boolean whole = (long) range[2] + range[3] == bytes.length;
        if (!whole) {
            problems.add("Content was added after signing: " + (bytes.length - range[2] - range[3])
                    + " bytes follow the signed part of the file.");
        }
        Optional<X509Certificate> cert = Optional.empty();
        Optional<TrustedTime> timestamp = Optional.empty();
        boolean valid = false;
        try {
            byte[] contents = sig.getContents(bytes);
            byte[] signed = sig.getSignedContent(bytes);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), cmsPart(contents));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                problems.add("The signing certificate is not embedded in the signature.");
            } else {
                cert = Optional.of(new JcaX509CertificateConverter().getCertificate(matches.iterator().next()));
                valid = verifies(signer, cert.get(), problems);
                if (PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(sig.getSubFilter())) {
                    checkAttributes(signer, cert.get(), problems);
                }
                timestamp = timestamp(signer, problems);
            }
        } catch (Exception e) {
            problems.add("The signature cannot be checked: " + e.getMessage());
        }
        if (cert.isPresent() && sig.getSignDate() != null) {
            Instant at = sig.getSignDate().toInstant();
            if (at.isBefore(cert.get().getNotBefore().toInstant()) || at.isAfter(cert.get().getNotAfter().toInstant())) {
                problems.add("The certificate was not valid at the signing time.");
            }
        }
        Verdict verdict = !valid ? Verdict.BROKEN : !whole ? Verdict.CHANGED_AFTER_SIGNING
                : problems.isEmpty() ? Verdict.INTACT : Verdict.BROKEN;
        return result(verdict, sig, cert, valid, whole, problems, doc, timestamp);
    }

    /**
     * A PAdES B-T signature's timestamp: the token must be signed by the certificate it carries and cover exactly
     * this signature's value; a token that does not is a problem, so the verdict is not intact.
     */
    private static Optional<TrustedTime> timestamp(SignerInformation signer, List<String> problems) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null
                : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return Optional.empty();
        }
        try {
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = token.getCertificates().getMatches(token.getSID());
            if (certs.isEmpty()) {
                problems.add("The timestamp does not carry the certificate of the authority that signed it.");
                return Optional.empty();
            }
            X509CertificateHolder tsaCert = certs.iterator().next();
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCert));
            String algorithm = token.getTimeStampInfo().getMessageImprintAlgOID().getId();
            MessageDigest digest = MessageDigest.getInstance(
                    "2.16.840.1.101.3.4.2.1".equals(algorithm) ? "SHA-256" : algorithm);
            if (!Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(), digest.digest(signer.getSignature()))) {
                problems.add("The timestamp was made for a different signature.");
                return Optional.empty();
            }
            return Optional.of(new TrustedTime(token.getTimeStampInfo().getGenTime().toInstant(),
                    tsaCert.getSubject().toString()));
        } catch (Exception e) {
            problems.add("The timestamp cannot be checked: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The /Contents string is zero-padded to its reserved size; only the DER object at its start is the CMS. */
    static ContentInfo cmsPart(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            ASN1Primitive object = in.readObject();
            if (object == null) {
                throw new IOException("the signature value is empty");
            }
            return ContentInfo.getInstance(object);
        }
    }

    private static boolean verifies(SignerInformation signer, X509Certificate cert, List<String> problems) {
        try {
            if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))) {
                return true;
            }
            problems.add("The signature does not match the signing certificate.");
        } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
            problems.add("The signed content was changed after signing (digest mismatch).");
        } catch (Exception e) {
            problems.add("The signature is invalid: " + e.getMessage());
        }
        return false;
    }

    /**
     * PAdES baseline (ETSI.CAdES.detached) needs the ESS signing-certificate-v2 binding, which stops anyone from
     * swapping the certificate, and keeps the time out of the CMS.
     */
    private static void checkAttributes(SignerInformation signer, X509Certificate cert, List<String> problems)
            throws Exception {
        AttributeTable attrs = signer.getSignedAttributes();
        Attribute essV2 = attrs == null ? null : attrs.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (essV2 == null) {
            problems.add("The signature lacks the ESS signing-certificate-v2 attribute required by PAdES.");
            return;
        }
        if (attrs.get(CMSAttributes.signingTime) != null) {
            problems.add("The signature carries a CMS signingTime attribute, which PAdES baseline forbids.");
        }
        ASN1Encodable value = essV2.getAttrValues().getObjectAt(0);
        ESSCertIDv2 id = SigningCertificateV2.getInstance(value).getCerts()[0];
        String algorithm = id.getHashAlgorithm().getAlgorithm().getId();
        MessageDigest digest = MessageDigest.getInstance(
                "2.16.840.1.101.3.4.2.1".equals(algorithm) ? "SHA-256" : algorithm);
        if (!Arrays.equals(id.getCertHash(), digest.digest(cert.getEncoded()))) {
            problems.add("The ESS attribute names a different certificate than the one embedded.");
        }
    }

    private static VerificationResult result(Verdict verdict, PDSignature sig, Optional<X509Certificate> cert,
                                             boolean valid, boolean whole, List<String> problems, PDDocument doc,
                                             Optional<TrustedTime> timestamp) {
        Optional<Integer> p = docMdp(sig);
        if (p.isPresent() && !certifiedInCatalog(doc, sig)) {
            problems.add("The certification is not registered in the document catalog.");
        }
        if (p.isPresent() && p.get() == 1 && !whole) {
            problems.add("The report is certified with no changes permitted, so the addition breaks the certification.");
        }
        return new VerificationResult(verdict,
                cert.map(c -> c.getSubjectX500Principal().getName()), cert.map(Certificates::commonName),
                cert.map(Certificates::fingerprintSha256), cert.map(c -> c.getNotBefore().toInstant()),
                cert.map(c -> c.getNotAfter().toInstant()),
                Optional.ofNullable(sig.getSignDate()).map(java.util.Calendar::toInstant),
                Optional.ofNullable(sig.getReason()), Optional.ofNullable(sig.getLocation()),
                Optional.ofNullable(sig.getSubFilter()), valid, whole, p,
                cert.map(Certificates::selfSigned).orElse(false), problems, timestamp);
    }

    /** The P value of the signature's DocMDP transform, when it certifies the document. */
    private static Optional<Integer> docMdp(PDSignature sig) {
        COSBase refs = sig.getCOSObject().getDictionaryObject(COSName.getPDFName("Reference"));
        if (!(refs instanceof COSArray array)) {
            return Optional.empty();
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) instanceof COSDictionary ref
                    && COSName.DOCMDP.equals(ref.getDictionaryObject(COSName.getPDFName("TransformMethod")))) {
                COSBase params = ref.getDictionaryObject(COSName.getPDFName("TransformParams"));
                int p = params instanceof COSDictionary d ? d.getInt(COSName.P, 2) : 2;
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean certifiedInCatalog(PDDocument doc, PDSignature sig) {
        COSBase perms = doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PERMS);
        if (!(perms instanceof COSDictionary d)) {
            return false;
        }
        COSBase docMdp = d.getItem(COSName.DOCMDP);
        COSBase target = docMdp instanceof COSObject o ? o.getObject() : docMdp;
        return target == sig.getCOSObject();
    }
}
