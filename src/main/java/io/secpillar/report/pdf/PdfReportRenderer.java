package io.secpillar.report.pdf;

import io.secpillar.report.ReportData;
import io.secpillar.report.ReportModel;
import io.secpillar.report.ResultsCsv;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.BooleanSupplier;

/**
 * Renders a report model into an unsigned PDF/A-3b file, tagged for accessibility (PDF/UA-1): cover, contents,
 * the chosen sections, and the signature page whose block the signer turns into the visible signature. Fonts are
 * embedded as subsets; the review's data (JSON) and every evidence result (CSV) travel inside as associated files.
 */
public final class PdfReportRenderer {

    /** The part of the progress bar the sections fill together, between the cover and the signature page. */
    private static final double DRAWING_SHARE = 0.77;

    private final boolean attachData;

    public PdfReportRenderer() {
        this(true);
    }

    private PdfReportRenderer(boolean attachData) {
        this.attachData = attachData;
    }

    /** For the preview: the same pages, without the embedded data nobody will read. */
    static PdfReportRenderer withoutData() {
        return new PdfReportRenderer(false);
    }

    public RenderedReport render(ReportModel model, Optional<SignatureBlock> signature, Progress progress,
                                 BooleanSupplier cancelled) {
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = Fonts.load(doc);
            Palette palette = Palette.of(model.branding());
            Tags tags = new Tags();
            String runningTitle = "Security Pillar Review  ·  " + model.cover().workload() + "  ·  "
                    + model.cover().client();
            String runningRight = model.cover().consultancy().orElse("SecPillar Workbench");
            SignatureSlot slot;
            try (PageFlow flow = new PageFlow(doc, fonts, palette, tags, runningTitle, runningRight, cancelled)) {
                progress.update(0.02, "Drawing the cover");
                try (Tags.Tag cover = tags.open("Sect")) {
                    new CoverPage(flow).draw(model.cover(), model.branding().logoFile(), signature);
                }
                int afterCover = tags.documentKids();
                drawSections(new Blocks(flow), model, progress);
                progress.update(0.82, "Adding the signature page");
                try (Tags.Tag closing = tags.open("Sect")) {
                    slot = new SignaturePage(new Blocks(flow)).draw(signature);
                }
                Contents.outline(doc, flow.anchors());
                int tocPages = Contents.insertTableOfContents(doc, fonts, palette, tags, afterCover, flow.anchors(),
                        runningTitle, runningRight);
                slot = new SignatureSlot(slot.pageIndex() + tocPages, slot.x(), slot.y(), slot.width(), slot.height());
            }
            String footer = "Confidential  ·  Prepared for " + model.cover().client()
                    + model.cover().consultancy().map(c -> " by " + c).orElse("")
                    + (model.masked() ? "  ·  Account ids and resource names masked" : "");
            Contents.footers(doc, fonts, tags, footer);
            tags.finish(doc);
            Calendar created = describe(doc, model);
            ArchiveMetadata.outputIntent(doc);
            ArchiveMetadata.xmp(doc, model.info(), creator(model), PRODUCER, model.cover().generatedAt());
            if (attachData) {
                progress.update(0.84, "Adding the review's data");
                Attachments.attach(doc, attachments(model), created);
            }
            progress.update(0.86, "Embedding the fonts");
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            doc.save(out);
            return new RenderedReport(out.toByteArray(), doc.getNumberOfPages(), slot);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lay out the report: " + e.getMessage(), e);
        }
    }

    /** The files carried inside the report: the review's data always, every evidence result when there is a run. */
    static List<AttachedFile> attachments(ReportModel model) {
        List<AttachedFile> files = new ArrayList<>();
        files.add(new AttachedFile(AttachedFile.DATA_JSON, "application/json",
                "The review's data: answers, notes, risks, improvement plan, summary by account and evidence results"
                        + (model.masked() ? " (account ids and resource names masked)" : ""),
                "Source", ReportData.json(model)));
        if (model.appendix().hasRun()) {
            files.add(new AttachedFile(AttachedFile.RESULTS_CSV, "text/csv",
                    "Every evidence result of run " + model.appendix().usedRun().get().id()
                            + (model.masked() ? " (account ids and resource names masked)" : ""),
                    "Data", ResultsCsv.of(model)));
        }
        return files;
    }

    /**
     * The chosen sections in the order of {@link ReportSections#ALL}, numbered 1, 2, … (appendices A, B, …), each
     * title on a fresh page and in the contents, each one a tagged section; together they fill the progress bar
     * from 5 % to 82 %.
     */
    private static void drawSections(Blocks blocks, ReportModel model, Progress progress) throws IOException {
        List<SectionRenderer> chosen = ReportSections.ALL.stream().filter(s -> model.includes(s.id())).toList();
        double scale = DRAWING_SHARE / Math.max(1e-9, chosen.stream().mapToDouble(SectionRenderer::share).sum());
        double at = 0.05;
        int number = 0;
        char letter = 'A';
        for (SectionRenderer section : chosen) {
            String label = section.numbering() == SectionRenderer.Numbering.LETTERED ? String.valueOf(letter++)
                    : String.valueOf(++number);
            double start = at;
            double width = section.share() * scale;
            at += width;
            try (Tags.Tag sect = blocks.tags().open("Sect")) {
                blocks.sectionTitle(label, section.title());
                section.draw(blocks, label, model, (fraction, message) ->
                        progress.update(start + width * Math.min(1, fraction), message));
            }
        }
    }

    static final String PRODUCER = "SecPillar Workbench (Apache PDFBox)";

    private static String creator(ReportModel model) {
        return "SecPillar Workbench " + model.cover().workbenchVersion();
    }

    /** The document information; the same texts and dates go into the XMP metadata. */
    private static Calendar describe(PDDocument doc, ReportModel model) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(model.info().title());
        info.setAuthor(model.info().author());
        info.setSubject(model.info().subject());
        info.setKeywords(model.info().keywords());
        info.setCreator(creator(model));
        info.setProducer(PRODUCER);
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(model.cover().generatedAt().truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        info.setCreationDate(created);
        info.setModificationDate(created);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage("en");
        catalog.setPageMode(PageMode.USE_OUTLINES);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
        return created;
    }
}
