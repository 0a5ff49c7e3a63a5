package io.secpillar.report.pdf;

import io.secpillar.report.signing.SigningCredentials;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Signs a rendered report: a certification signature (DocMDP, no changes permitted) with SubFilter
 * ETSI.CAdES.detached, appended as an incremental update, whose widget covers the signature block the
 * renderer drew on the last page.
 */
public final class PdfSigner {

    static final String FIELD_NAME = "ReportSignature";
    /** Room for a TSA's token: its signature and the TSA's certificate chain. */
    private static final int TIMESTAMP_RESERVE = 16_000;

    public void sign(RenderedReport report, SigningCredentials credentials, SignatureBlock block, OutputStream out) {
        sign(report, credentials, block, Optional.empty(), out);
    }

    /** Signs, with an RFC 3161 timestamp from {@code tsa} when one is given (PAdES B-T). */
    public void sign(RenderedReport report, SigningCredentials credentials, SignatureBlock block,
                     Optional<TimestampAuthority> tsa, OutputStream out) {
        try (PDDocument doc = Loader.loadPDF(report.pdf());
             SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(block.signer());
            signature.setReason(block.reason());
            if (!block.location().isBlank()) {
                signature.setLocation(block.location());
            }
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(block.signingTime().toEpochMilli());
            signature.setSignDate(when);
            certifyNoChanges(doc, signature);
            fillPreparedField(doc, signature);
            options.setPage(report.signatureSlot().pageIndex());
            options.setPreferredSignatureSize(reserve(credentials) + (tsa.isPresent() ? TIMESTAMP_RESERVE : 0));
            doc.addSignature(signature, new CmsSigner(credentials, tsa), options);
            placeWidget(doc, signature, report.signatureSlot());
            doc.saveIncremental(out);
        } catch (TimestampAuthority.TimestampException e) {
            throw new ReportExportException("The report was not written: " + e.getMessage()
                    + ". Try again later, or sign without a timestamp.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not sign the report: " + e.getMessage(), e);
        }
    }

    /** DocMDP with P=1: the document is certified and any later change invalidates the certification. */
    private static void certifyNoChanges(PDDocument doc, PDSignature signature) {
        COSDictionary params = new COSDictionary();
        params.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        params.setInt(COSName.P, 1);
        params.setName(COSName.V, "1.2");
        params.setDirect(true);
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.getPDFName("TransformMethod"), COSName.DOCMDP);
        reference.setItem(COSName.getPDFName("TransformParams"), params);
        reference.setDirect(true);
        COSArray references = new COSArray();
        references.add(reference);
        references.setDirect(true);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);

        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        COSDictionary perms = new COSDictionary();
        perms.setItem(COSName.DOCMDP, signature);
        catalog.setItem(COSName.PERMS, perms);
        catalog.setNeedToBeUpdated(true);
        perms.setNeedToBeUpdated(true);
    }

    /**
     * The renderer prepares the (tagged) signature field; PDFBox signs into a field whose value is already this
     * signature dictionary instead of adding a second one.
     */
    private static void fillPreparedField(PDDocument doc, PDSignature signature) throws IOException {
        for (PDSignatureField field : doc.getSignatureFields()) {
            if (FIELD_NAME.equals(field.getPartialName()) && field.getSignature() == null) {
                field.getCOSObject().setItem(COSName.V, signature);
                return;
            }
        }
    }

    /** Moves the signature field's widget onto the drawn signature block, with a plain bordered appearance. */
    private static void placeWidget(PDDocument doc, PDSignature signature, SignatureSlot slot) throws IOException {
        for (PDSignatureField field : doc.getSignatureFields()) {
            if (field.getSignature() != null
                    && field.getSignature().getCOSObject() == signature.getCOSObject()) {
                field.setPartialName(FIELD_NAME);
                PDAnnotationWidget widget = field.getWidgets().get(0);
                PDRectangle rect = new PDRectangle(slot.x(), slot.y(), slot.width(), slot.height());
                widget.setRectangle(rect);
                PDAppearanceStream stream = new PDAppearanceStream(doc);
                stream.setBBox(new PDRectangle(slot.width(), slot.height()));
                stream.setResources(new PDResources());
                PDAppearanceDictionary appearance = new PDAppearanceDictionary();
                appearance.setNormalAppearance(stream);
                widget.setAppearance(appearance);
                widget.getCOSObject().setNeedToBeUpdated(true);
                return;
            }
        }
        throw new IOException("the signature field was not created");
    }

    /** Room for the CMS: the certificates plus a generous margin for the signature and attributes. */
    private static int reserve(SigningCredentials credentials) {
        int size = 6000;
        for (X509Certificate c : credentials.chain()) {
            try {
                size += c.getEncoded().length;
            } catch (CertificateEncodingException e) {
                size += 4000;
            }
        }
        return size;
    }
}
