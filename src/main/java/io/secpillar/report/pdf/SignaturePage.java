package io.secpillar.report.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The closing section: how to check the signature, and the visible signature block whose rectangle becomes the
 * signature field's widget when the report is signed.
 */
final class SignaturePage {

    static final float BLOCK_HEIGHT = 150;

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
        for (String[] row : rows(signature)) {
            y -= 15;
            Ink.text(flow.cs(), fonts.bold(), 8.5f, Palette.MUTED, x, y, fonts.bold().drawable(row[0]));
            List<String> lines = TextWrap.lines(fonts.regular(), 8.5f, row[1], flow.width() - 140);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    y -= 11;
                }
                Ink.text(flow.cs(), fonts.regular(), 8.5f, Palette.TEXT, x + 110, y, lines.get(i));
            }
        }
        flow.moveDown(BLOCK_HEIGHT);
        return new SignatureSlot(pageIndex, flow.left(), bottom, flow.width(), BLOCK_HEIGHT);
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
        rows.add(new String[] {"Certificate valid", Dates.day(s.validFrom()) + " to " + Dates.day(s.validTo())
                + (s.selfSigned() ? " (self-signed: compare the fingerprint)" : "")});
        return rows;
    }
}
