package io.secpillar.report.pdf;

import io.secpillar.report.ReportCover;
import io.secpillar.report.RgbColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The cover: consultancy and logo, the title band in the brand colour, the review's facts, the signature line. */
final class CoverPage {

    private static final float W = PageFlow.SIZE.getWidth();
    private static final float H = PageFlow.SIZE.getHeight();

    private final PageFlow flow;
    private final Fonts fonts;

    CoverPage(PageFlow flow) {
        this.flow = flow;
        this.fonts = flow.fonts();
    }

    void draw(ReportCover cover, Optional<Path> logo, Optional<SignatureBlock> signature) throws IOException {
        flow.barePage();
        Canvas cs = flow.cs();
        Palette p = flow.palette();
        float left = PageFlow.MARGIN_X;
        drawLogo(cs, logo, left);
        String firm = fonts.bold().drawable(cover.consultancy().orElse(""));
        Ink.text(cs, fonts.bold(), 12, p.primary(), W - left - fonts.bold().width(firm, 12), H - 66, firm);

        float bandTop = H - 118;
        float bandBottom = H - 392;
        Ink.rect(cs, p.primary(), 0, bandBottom, W, bandTop - bandBottom);
        Ink.rect(cs, p.accent(), 0, bandBottom - 6, W, 6);
        Ink.text(cs, fonts.bold(), 9, p.accent().tint(0.55), left, bandTop - 52,
                fonts.bold().drawable("AWS WELL-ARCHITECTED  ·  SECURITY PILLAR"));
        try (Tags.Tag h = flow.tags().open("H1")) {
            Ink.text(cs, fonts.bold(), 32, Palette.WHITE, left, bandTop - 96, fonts.bold().drawable(cover.title()));
        }
        float y = bandTop - 138;
        try (Tags.Tag workload = flow.tags().open("P")) {
            for (String line : TextWrap.limit(TextWrap.lines(fonts.bold(), 20, cover.workload(), W - 2 * left), 2)) {
                Ink.text(cs, fonts.bold(), 20, Palette.WHITE, left, y, line);
                y -= 26;
            }
        }
        try (Tags.Tag client = flow.tags().open("P")) {
            for (String line : TextWrap.limit(TextWrap.lines(fonts.regular(), 13, "Prepared for " + cover.client(),
                    W - 2 * left), 2)) {
                Ink.text(cs, fonts.regular(), 13, p.primary().tint(0.78), left, y - 4, line);
                y -= 18;
            }
        }

        float colWidth = (W - 2 * left - 24) / 2;
        float rowTop = bandBottom - 44;
        List<String[]> facts = List.of(
                new String[] {"Client", cover.client()}, new String[] {"Workload", cover.workload()},
                new String[] {"Environment", cover.environment()}, new String[] {"Review date", Dates.day(cover.reviewDate())},
                new String[] {"AWS accounts", join(cover.accountIds())}, new String[] {"Regions", join(cover.regions())},
                new String[] {"Reviewers", join(cover.reviewers())},
                new String[] {"Lens", cover.lensName() + ", version " + cover.lensVersion()},
                new String[] {"Report generated", Dates.time(cover.generatedAt())},
                new String[] {"Workbench version", "SecPillar Workbench " + cover.workbenchVersion()});
        try (Tags.Tag list = flow.tags().open("L")) {
            for (int i = 0; i < facts.size(); i += 2) {
                float h1 = fact(cs, facts.get(i), left, rowTop, colWidth);
                float h2 = fact(cs, facts.get(i + 1), left + colWidth + 24, rowTop, colWidth);
                rowTop -= Math.max(h1, h2) + 14;
            }
        }
        signatureLine(cs, signature, left);
    }

    /** One fact of the cover, a list item: its name as the label, its value as the body. */
    private float fact(Canvas cs, String[] fact, float x, float top, float width) throws IOException {
        float y = top - 15;
        try (Tags.Tag item = flow.tags().open("LI")) {
            try (Tags.Tag label = flow.tags().open("Lbl")) {
                Ink.text(cs, fonts.bold(), 7.5f, Palette.MUTED, x, top,
                        fonts.bold().drawable(fact[0].toUpperCase(Locale.ROOT)));
            }
            List<String> lines = TextWrap.limit(TextWrap.lines(fonts.regular(), 10.5f, fact[1], width), 3);
            try (Tags.Tag body = flow.tags().open("LBody"); Tags.Tag p = flow.tags().open("P")) {
                for (String line : lines) {
                    Ink.text(cs, fonts.regular(), 10.5f, Palette.TEXT, x, y, line);
                    y -= 14;
                }
            }
        }
        Ink.line(cs, Palette.RULE, 0.5f, x, y + 4, x + width, y + 4);
        return top - y;
    }

    private void signatureLine(Canvas cs, Optional<SignatureBlock> signature, float left)
            throws IOException {
        float top = 128;
        RgbColor edge = signature.isPresent() ? Palette.NONE : Palette.NOT_APPLICABLE;
        Ink.rect(cs, edge.tint(0.9), left, top - 52, W - 2 * left, 52);
        Ink.rect(cs, edge, left, top - 52, 3, 52);
        String head = signature.map(s -> "Digitally signed by " + s.signer() + " on " + Dates.time(s.signingTime()))
                .orElse("This copy is not signed");
        String sub = signature.map(s -> "Certificate SHA-256 " + s.fingerprintSha256())
                .orElse("Its content cannot be proven unchanged. Ask the issuer for the signed report.");
        Ink.text(cs, fonts.bold(), 9.5f, Palette.TEXT, left + 12, top - 20, fonts.bold().drawable(head));
        try (Tags.Tag p = flow.tags().open("P")) {
            for (String line : TextWrap.limit(TextWrap.lines(fonts.regular(), 7, sub, W - 2 * left - 24), 2)) {
                Ink.text(cs, fonts.regular(), 7, Palette.MUTED, left + 12, top - 35, line);
                top -= 9;
            }
        }
        Ink.text(cs, fonts.regular(), 7.5f, Palette.MUTED, left, 46, fonts.regular().drawable(
                "Confidential. Prepared for the named client; contains details of its AWS environment."));
    }

    private void drawLogo(Canvas cs, Optional<Path> logo, float left) {
        if (logo.isEmpty() || LogoImage.problem(logo.get()).isPresent()) {
            return; // said where the logo is chosen, and by the report command; the report goes on without it
        }
        try {
            PDImageXObject image = PDImageXObject.createFromFileByContent(logo.get().toFile(), flow.document());
            float scale = Math.min(160f / image.getWidth(), 52f / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            Ink.image(cs, image, left, H - 44 - h, w, h); // an artifact: the firm's name is printed beside it
        } catch (IOException | IllegalArgumentException e) {
            // An unreadable logo must not cost the consultant the report: the cover is drawn without it.
        }
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? "—" : String.join(", ", values);
    }
}
