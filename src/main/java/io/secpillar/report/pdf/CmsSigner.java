package io.secpillar.report.pdf;

import io.secpillar.report.signing.SigningCredentials;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the detached CMS for a PAdES baseline signature (B-B, or B-T with a TSA's timestamp): SHA-256, the ESS signing-certificate-v2
 * attribute binding the signer's certificate, no signingTime attribute (PAdES keeps the time in the signature
 * dictionary's /M), and the certificate chain embedded.
 */
final class CmsSigner implements SignatureInterface {

    private final SigningCredentials credentials;
    private final Optional<TimestampAuthority> tsa;

    CmsSigner(SigningCredentials credentials, Optional<TimestampAuthority> tsa) {
        this.credentials = credentials;
        this.tsa = tsa;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            byte[] data = content.readAllBytes();
            ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(credentials.certificate().getEncoded()));
            AttributeTable extra = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            JcaSignerInfoGeneratorBuilder info = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            info.setSignedAttributeGenerator(new WithoutSigningTime(extra));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(info.build(
                    new JcaContentSignerBuilder(credentials.signatureAlgorithm()).build(credentials.key()),
                    credentials.certificate()));
            generator.addCertificates(new JcaCertStore(credentials.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(data), false);
            if (tsa.isPresent()) {
                signed = withTimestamp(signed, tsa.get());
            }
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Could not sign the report: " + e.getMessage(), e);
        }
    }

    /**
     * PAdES B-T: the TSA's token over the signature value, as the signer's unsigned signature-time-stamp
     * attribute. It proves the signature existed at the TSA's time, whatever the signer's clock said.
     */
    private static CMSSignedData withTimestamp(CMSSignedData signed, TimestampAuthority tsa) throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] token = tsa.stamp(signer.getSignature());
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attributes));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    /** The standard signed attributes plus ours, minus signingTime. */
    private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {
        WithoutSigningTime(AttributeTable extra) {
            super(extra);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }
}
