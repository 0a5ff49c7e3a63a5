package io.secpillar.report.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The closing section: how to check the signature, and the visible signature block whose rectangle becomes the
 * signature field's widget when the report is signed.
 */
final class SignaturePage {

    static final float BLOCK_HEIGHT = 165;

    private final Blocks blocks;
    private final PageFlow flow;
    private final Fonts fonts;

    SignaturePage(Blocks blocks) {
        this.blocks = blocks;
        this.flow = blocks.flow();
        this.fonts = flow.fonts();
    }

    SignatureSlot draw(Optional<SignatureBlock> signature) throws IOException {
        blocks.sectionTitle("", "Signature");
        if (signature.isPresent()) {
            blocks.paragraph("This report carries a PAdES digital signature and is certified with no changes "
                    + "permitted: altering a single byte, or adding anything after signing (a page, a comment, a form "
                    + "entry), breaks the signature. Check it in your PDF reader's signature panel, or with the "
                    + "command secpillar verify <file>. Compare the certificate fingerprint below with the one the "
                    + "issuer gave you through another channel; a match proves who signed.");
        } else {
            blocks.paragraph("This copy of the report is not signed, so nothing proves that it is unchanged. Ask the "
                    + "issuer for the signed report when you need to rely on it.");
        }
        flow.ensure(BLOCK_HEIGHT + 10);
        flow.moveDown(10);
        float top = flow.y();
        float bottom = top - BLOCK_HEIGHT;
        int pageIndex = flow.document().getNumberOfPages() - 1;
        Palette p = flow.palette();
        Ink.rect(flow.cs(), signature.isPresent() ? p.primary().tint(0.94) : Palette.ZEBRA, flow.left(), bottom,
                flow.width(), BLOCK_HEIGHT);
        Ink.rect(flow.cs(), signature.isPresent() ? p.primary() : Palette.NOT_APPLICABLE, flow.left(), bottom, 4,
                BLOCK_HEIGHT);
        float x = flow.left() + 16;
        float y = top - 22;
        Ink.text(flow.cs(), fonts.bold(), 12, signature.isPresent() ? p.primary() : Palette.MUTED, x, y,
                signature.isPresent() ? "Digitally signed" : "Not signed");
        try (Tags.Tag list = blocks.list()) {
            for (String[] row : rows(signature)) {
                y -= 15;
                try (Tags.Tag item = blocks.listItem()) {
                    try (Tags.Tag label = blocks.itemLabel()) {
                        Ink.text(flow.cs(), fonts.bold(), 8.5f, Palette.MUTED, x, y, fonts.bold().drawable(row[0]));
                    }
                    List<String> lines = TextWrap.lines(fonts.regular(), 8.5f, row[1], flow.width() - 140);
                    try (Tags.Tag body = blocks.itemBody(); Tags.Tag text = blocks.tags().open("P")) {
                        for (int i = 0; i < lines.size(); i++) {
                            if (i > 0) {
                                y -= 11;
                            }
                            Ink.text(flow.cs(), fonts.regular(), 8.5f, Palette.TEXT, x + 110, y, lines.get(i));
                        }
                    }
                }
            }
        }
        flow.moveDown(BLOCK_HEIGHT);
        SignatureSlot slot = new SignatureSlot(pageIndex, flow.left(), bottom, flow.width(), BLOCK_HEIGHT);
        if (signature.isPresent()) {
            signatureField(slot, signature.get());
        }
        return slot;
    }

    /**
     * The empty signature field over the block, made here so that it is tagged (a Form element) and described for
     * screen readers before signing; the signer fills it in. The signing update then changes nothing else.
     */
    private void signatureField(SignatureSlot slot, SignatureBlock signature) throws IOException {
        PDDocument doc = flow.document();
        PDPage page = flow.page();
        PDAcroForm form = new PDAcroForm(doc);
        doc.getDocumentCatalog().setAcroForm(form);
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(PdfSigner.FIELD_NAME);
        field.setAlternateFieldName("Digital signature of " + signature.signer());
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(slot.x(), slot.y(), slot.width(), slot.height()));
        widget.setPage(page);
        widget.setPrinted(true);
        PDAppearanceStream appearance = new PDAppearanceStream(doc);
        appearance.setBBox(new PDRectangle(slot.width(), slot.height()));
        appearance.setResources(new PDResources());
        PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
        dictionary.setNormalAppearance(appearance);
        widget.setAppearance(dictionary);
        page.getAnnotations().add(widget);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        form.getFields().add(field);
        try (Tags.Tag tag = flow.tags().open("Form").alt("Digital signature of " + signature.signer())) {
            flow.tags().annotation(widget, page);
        }
    }

    private static List<String[]> rows(Optional<SignatureBlock> signature) {
        List<String[]> rows = new ArrayList<>();
        if (signature.isEmpty()) {
            rows.add(new String[] {"Status", "No digital signature. Export the report with a signing certificate to sign it."});
            return rows;
        }
        SignatureBlock s = signature.get();
        rows.add(new String[] {"Signer", s.signer() + s.organisation().map(o -> ", " + o).orElse("")});
        rows.add(new String[] {"Date", Dates.time(s.signingTime())});
        rows.add(new String[] {"Reason", s.reason()});
        rows.add(new String[] {"Location", s.location().isBlank() ? "—" : s.location()});
        rows.add(new String[] {"Certificate SHA-256", s.fingerprintSha256()});
        s.timestampAuthority().ifPresent(host -> rows.add(new String[] {"Trusted time",
                "RFC 3161 timestamp from " + host + ", inside the signature (secpillar verify shows it)"}));
        rows.add(new String[] {"Certificate valid", Dates.day(s.validFrom()) + " to " + Dates.day(s.validTo())
                + (s.selfSigned() ? " (self-signed: compare the fingerprint)" : "")});
        return rows;
    }
}
