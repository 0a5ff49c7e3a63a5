package io.secpillar.report.pdf;

import io.secpillar.report.ReportModel;
import io.secpillar.report.ReportSection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import java.util.function.BooleanSupplier;

/**
 * Renders a report model into an unsigned PDF: cover, contents, the chosen sections, and the signature page
 * whose block the signer turns into the visible signature. Fonts are embedded as subsets.
 */
public final class PdfReportRenderer {

    public RenderedReport render(ReportModel model, Optional<SignatureBlock> signature, Progress progress,
                                 BooleanSupplier cancelled) {
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = Fonts.load(doc);
            Palette palette = Palette.of(model.branding());
            String runningTitle = "Security Pillar Review  ·  " + model.cover().workload() + "  ·  "
                    + model.cover().client();
            String runningRight = model.cover().consultancy().orElse("SecPillar Workbench");
            SignatureSlot slot;
            try (PageFlow flow = new PageFlow(doc, fonts, palette, runningTitle, runningRight, cancelled)) {
                Blocks blocks = new Blocks(flow);
                progress.update(0.02, "Drawing the cover");
                new CoverPage(flow).draw(model.cover(), model.branding().logoFile(), signature);
                int number = 0;
                if (model.includes(ReportSection.EXECUTIVE_SUMMARY)) {
                    progress.update(0.05, "Writing the executive summary");
                    new SummarySection(blocks).draw(String.valueOf(++number), model);
                }
                if (model.includes(ReportSection.QUESTIONS)) {
                    int total = model.questions().size();
                    new QuestionPages(blocks).draw(String.valueOf(++number), model,
                            done -> progress.update(0.08 + 0.32 * done / Math.max(1, total),
                                    "Writing question " + done + " of " + total));
                }
                if (model.includes(ReportSection.IMPROVEMENT_PLAN)) {
                    progress.update(0.42, "Writing the improvement plan");
                    new PlanSection(blocks).draw(String.valueOf(++number), model);
                }
                if (model.includes(ReportSection.APPENDIX)) {
                    int total = model.appendix().results().size();
                    progress.update(0.5, "Writing the appendix");
                    new AppendixSection(blocks).draw("A", model,
                            rows -> progress.update(0.5 + 0.3 * rows / Math.max(1, total),
                                    "Writing evidence result " + rows + " of " + total));
                }
                progress.update(0.82, "Adding the signature page");
                slot = new SignaturePage(blocks).draw(signature);
                Contents.outline(doc, flow.anchors());
                int tocPages = Contents.insertTableOfContents(doc, fonts, palette, flow.anchors(), runningTitle,
                        runningRight);
                slot = new SignatureSlot(slot.pageIndex() + tocPages, slot.x(), slot.y(), slot.width(), slot.height());
            }
            String footer = "Confidential  ·  Prepared for " + model.cover().client()
                    + model.cover().consultancy().map(c -> " by " + c).orElse("");
            Contents.footers(doc, fonts, footer);
            describe(doc, model);
            progress.update(0.86, "Embedding the fonts");
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            doc.save(out);
            return new RenderedReport(out.toByteArray(), doc.getNumberOfPages(), slot);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lay out the report: " + e.getMessage(), e);
        }
    }

    private static void describe(PDDocument doc, ReportModel model) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(model.info().title());
        info.setAuthor(model.info().author());
        info.setSubject(model.info().subject());
        info.setKeywords(model.info().keywords());
        info.setCreator("SecPillar Workbench " + model.cover().workbenchVersion());
        info.setProducer("SecPillar Workbench (Apache PDFBox)");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(model.cover().generatedAt().toEpochMilli());
        info.setCreationDate(created);
        info.setModificationDate(created);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage("en");
        catalog.setPageMode(PageMode.USE_OUTLINES);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        catalog.setViewerPreferences(prefs);
    }
}
