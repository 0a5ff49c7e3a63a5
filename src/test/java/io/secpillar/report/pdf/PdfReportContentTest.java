package io.secpillar.report.pdf;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.pillar.PracticeLevel;
import io.secpillar.questionnaire.ChoiceStatus;
import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.report.Branding;
import io.secpillar.report.EvidenceLine;
import io.secpillar.report.ImprovementItem;
import io.secpillar.report.PracticeLine;
import io.secpillar.report.QuestionSection;
import io.secpillar.report.ReportEvidence;
import io.secpillar.report.ReportFixtures;
import io.secpillar.report.ReportModel;
import io.secpillar.report.ReportModelBuilder;
import io.secpillar.report.ReportOptions;
import io.secpillar.report.InMemoryEvidence;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The text of every section, extracted with PDFBox, says what the review says. */
class PdfReportContentTest {

    @TempDir
    static Path dir;
    static Services services;
    static ReportModel model;
    static PDDocument doc;

    @BeforeAll
    static void render() throws IOException {
        services = ReportFixtures.services(dir);
        model = RenderSample.demoModel(services, 400, new Branding(Optional.of("Northwind Security Partners"),
                Optional.empty(), Branding.DEFAULT_PRIMARY, Branding.DEFAULT_ACCENT));
        doc = Loader.loadPDF(new PdfReportRenderer().render(model, Optional.empty(), Progress.NONE, () -> false).pdf());
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
        services.close();
    }

    static String text(PDDocument d, int fromPage, int toPage) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(fromPage);
        s.setEndPage(toPage);
        return s.getText(d);
    }

    /** Whitespace-free text, so words broken across lines or cells still match. */
    static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    static List<PDOutlineItem> children(Iterable<PDOutlineItem> items) {
        List<PDOutlineItem> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    static int page(PDOutlineItem item) throws IOException {
        return doc.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()) + 1;
    }

    /** Pages from this bookmark up to (not including) the next one at the same or a higher level. */
    static String section(String title) throws IOException {
        List<PDOutlineItem> flat = new ArrayList<>();
        for (PDOutlineItem top : children(doc.getDocumentCatalog().getDocumentOutline().children())) {
            flat.add(top);
            flat.addAll(children(top.children()));
        }
        for (int i = 0; i < flat.size(); i++) {
            if (flat.get(i).getTitle().equals(title)) {
                int from = page(flat.get(i));
                int to = i + 1 < flat.size() ? page(flat.get(i + 1)) - 1 : doc.getNumberOfPages();
                return text(doc, from, Math.max(from, to));
            }
        }
        throw new AssertionError("no bookmark " + title);
    }

    @Test
    void coverSaysWhoWhatWhereAndWhen() throws IOException {
        String cover = text(doc, 1, 1);
        var c = model.cover();
        assertThat(cover).contains("Security Pillar Review", c.client(), c.workload(), c.environment(),
                "Northwind Security Partners", "Katrin Vogel", "Daniel Osei", c.lensName(), c.lensVersion(),
                "SecPillar Workbench 0.1.0-test", "29 November 2026", "This copy is not signed");
        assertThat(squeezed(cover)).contains(squeezed(String.join(", ", c.accountIds())))
                .contains(squeezed(String.join(", ", c.regions())));
    }

    @Test
    void outlineAndContentsCoverEverySectionAndQuestion() throws IOException {
        List<String> top = children(doc.getDocumentCatalog().getDocumentOutline().children()).stream()
                .map(PDOutlineItem::getTitle).toList();
        assertThat(top).containsExactly("1  Executive summary", "2  Summary by account", "3  Questions",
                "4  Improvement plan", "A  Appendix: evidence", "Signature");
        PDOutlineItem questions = children(doc.getDocumentCatalog().getDocumentOutline().children()).get(2);
        assertThat(children(questions.children())).hasSize(model.questions().size());
        String contents = text(doc, 2, 2);
        assertThat(contents).contains("Contents");
        for (QuestionSection q : model.questions()) {
            assertThat(contents).contains(q.label());
        }
        assertThat(contents).contains("Improvement plan", "Missing permissions", "Signature");
    }

    @Test
    void everyPageButTheCoverSaysPageXOfY() throws IOException {
        int n = doc.getNumberOfPages();
        assertThat(text(doc, 1, 1)).doesNotContain("Page 1 of");
        for (int i = 2; i <= n; i++) {
            assertThat(text(doc, i, i)).contains("Page " + i + " of " + n);
        }
    }

    @Test
    void executiveSummaryHasTheCountsTheHighRisksAndTheEvidence() throws IOException {
        String s = section("1  Executive summary");
        var c = model.summary().counts();
        assertThat(s).contains("answered " + c.answered() + " of " + c.total() + " questions")
                .contains("High risk " + c.high()).contains("Medium risk " + c.medium())
                .contains("No risk " + c.none()).contains("Not applicable " + c.notApplicable())
                .contains("Unanswered " + c.unanswered());
        assertThat(model.summary().highRiskQuestions()).isNotEmpty();
        for (QuestionSection q : model.summary().highRiskQuestions()) {
            assertThat(s).contains(q.label());
        }
        var e = model.summary().evidence();
        assertThat(s).contains(e.passed() + " passed, " + e.failed() + " failed and " + e.couldNotAssess()
                + " could not be assessed");
        assertThat(squeezed(s)).contains("Highlevel" + model.summary().missingByLevel().get(PracticeLevel.HIGH));
    }

    @Test
    void eachQuestionShowsItsPracticesStatusesNotesRiskAndFailingEvidence() throws IOException {
        for (QuestionSection q : model.questions()) {
            String s = section(q.label() + "  " + q.title());
            String flat = squeezed(s);
            assertThat(s).contains(q.risk().label());
            for (PracticeLine p : q.practices()) {
                assertThat(flat).contains(squeezed(p.label()));
            }
            long inPlace = q.practices().stream().filter(p -> p.status() == ChoiceStatus.SELECTED).count();
            long notInPlace = q.practices().stream().filter(p -> p.status() == ChoiceStatus.UNSELECTED).count();
            assertThat(count(s, "In place")).as(q.label()).isEqualTo(inPlace);
            assertThat(count(s, "Not in place")).as(q.label()).isEqualTo(notInPlace);
            if (!q.notes().isBlank()) {
                assertThat(flat).contains(squeezed(q.notes()));
            }
            if (!q.attention().isEmpty()) {
                EvidenceLine firstShown = q.attention().get(0);
                assertThat(firstShown.status()).isEqualTo(io.secpillar.evidence.Status.FAIL);
                int first = flat.indexOf(squeezed(firstShown.resourceId()));
                assertThat(first).isPositive();
                for (EvidenceLine l : q.attention()) {
                    assertThat(flat).contains(squeezed(l.resourceId()));
                }
            }
        }
    }

    @Test
    void improvementPlanListsEveryMissingPracticeHighFirstWithOurText() throws IOException {
        String s = squeezed(text(doc, page(children(doc.getDocumentCatalog().getDocumentOutline().children()).get(3)),
                page(children(doc.getDocumentCatalog().getDocumentOutline().children()).get(4)) - 1));
        int last = -1;
        for (ImprovementItem item : model.plan()) {
            int at = s.indexOf(squeezed(item.practiceLabel() + item.title()));
            assertThat(at).as(item.practiceLabel()).isGreaterThan(last);
            last = at;
            assertThat(s).contains(squeezed(item.improvement()));
            item.failing().forEach(f -> assertThat(s).contains(squeezed(f.resourceId())));
        }
        assertThat(model.plan().get(0).level()).isEqualTo(PracticeLevel.HIGH);
        assertThat(model.plan().get(model.plan().size() - 1).level()).isEqualTo(PracticeLevel.LOW);
    }

    @Test
    void appendixHasEveryResultWithTheHeaderRowOnEveryPage() throws IOException {
        List<PDOutlineItem> appendix = children(children(doc.getDocumentCatalog().getDocumentOutline().children())
                .get(4).children());
        assertThat(appendix).extracting(PDOutlineItem::getTitle)
                .containsExactly("A.1  Evidence runs", "A.2  All results", "A.3  Missing permissions");
        int from = page(appendix.get(1));
        int to = page(appendix.get(2));
        assertThat(to - from).isGreaterThan(3);
        for (int p = from + 1; p < to; p++) {
            assertThat(text(doc, p, p)).as("page " + p).contains("Result").contains("Resource").contains("Why");
        }
        String all = squeezed(text(doc, from, to));
        for (EvidenceLine l : model.appendix().results()) {
            assertThat(all).contains(squeezed(l.resourceId()));
        }
        String runs = section("A.1  Evidence runs");
        assertThat(squeezed(runs)).contains("claims-audit").contains("2026.11.1").contains("Completed");
        String perms = section("A.3  Missing permissions");
        model.appendix().missingPermissions().forEach(m ->
                assertThat(squeezed(perms)).contains(squeezed(m.operations().get(0))));
    }

    @Test
    void metadataAndEmbeddedSubsetFont() throws IOException {
        var info = doc.getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo(model.info().title()).contains("Claims Portal");
        assertThat(info.getAuthor()).isEqualTo("Daniel Osei");
        assertThat(info.getSubject()).contains("Security pillar");
        assertThat(info.getKeywords()).contains("AWS Well-Architected");
        PDPage cover = doc.getPage(0);
        for (var name : cover.getResources().getFontNames()) {
            PDFont font = cover.getResources().getFont(name);
            assertThat(font).isInstanceOf(PDType0Font.class);
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
        }
    }

    @Test
    void shortReviewWithUnicodeNotesAndNoEvidence() throws IOException {
        ReviewSnapshot tiny = ReportFixtures.tiny(services);
        ReportModel m = RenderSample.model(tiny, ReportEvidence.none(Map.of()), Branding.defaults());
        try (PDDocument d = Loader.loadPDF(new PdfReportRenderer().render(m, Optional.empty(), Progress.NONE,
                () -> false).pdf())) {
            String all = text(d, 1, d.getNumberOfPages());
            assertThat(all).contains("Zürich Payments — Straße", "Ελληνική Ασφαλιστική / Москва ООО", "Jürgen Weiß");
            assertThat(squeezed(all)).contains(squeezed("Grüße aus Zürich — MFA ≥ 2 factors ✓. Ελληνικά, Русский текст."))
                    .contains(squeezed("\uFFFD\uFFFD and \uFFFD are not in the font."))
                    .doesNotContain("漢");
            assertThat(all).contains("No evidence run was made for this workload");
            assertThat(m.summary().counts().unanswered()).isEqualTo(m.questions().size() - 1);
            assertThat(all).contains("Unanswered " + (m.questions().size() - 1));
            assertThat(d.getNumberOfPages()).isLessThan(doc.getNumberOfPages());
        }
    }

    @Test
    void onlyTheChosenSectionsArePrinted() throws IOException {
        ReviewSnapshot s = ReportFixtures.demo(services);
        ReportModel m = new ReportModelBuilder(InMemoryEvidence.mapping()).build(s, ReportEvidence.none(Map.of()),
                new ReportOptions(Set.of("summary", "plan"),
                        Branding.defaults(), "x"), "v", ReportFixtures.NOW);
        try (PDDocument d = Loader.loadPDF(new PdfReportRenderer().render(m, Optional.empty(), Progress.NONE,
                () -> false).pdf())) {
            assertThat(children(d.getDocumentCatalog().getDocumentOutline().children()))
                    .extracting(PDOutlineItem::getTitle)
                    .containsExactly("1  Executive summary", "2  Improvement plan", "Signature");
        }
        assertThat(m.summary().counts().high()).isEqualTo((int) m.questions().stream()
                .filter(q -> q.risk() == QuestionRisk.HIGH).count());
    }

    @Test
    void cancellingStopsTheRenderer() {
        int[] calls = {0};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PdfReportRenderer().render(model, Optional.empty(),
                Progress.NONE, () -> ++calls[0] > 3)).isInstanceOf(java.util.concurrent.CancellationException.class);
    }

    @Test
    void logoGoesOnTheCoverAndAnUnreadableLogoIsSkipped() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(240, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, 240, 80);
        g.dispose();
        Path logo = dir.resolve("logo.png");
        javax.imageio.ImageIO.write(image, "png", logo.toFile());
        Path broken = java.nio.file.Files.writeString(dir.resolve("broken.png"), "not an image");
        ReviewSnapshot s = ReportFixtures.demo(services);
        for (Path file : List.of(logo, broken)) {
            Branding b = new Branding(Optional.of("Northwind"), Optional.of(file), Branding.DEFAULT_PRIMARY,
                    Branding.DEFAULT_ACCENT);
            ReportModel m = RenderSample.model(s, ReportEvidence.none(Map.of()), b);
            try (PDDocument d = Loader.loadPDF(new PdfReportRenderer().render(m, Optional.empty(), Progress.NONE,
                    () -> false).pdf())) {
                int images = 0;
                for (var name : d.getPage(0).getResources().getXObjectNames()) {
                    images += d.getPage(0).getResources().isImageXObject(name) ? 1 : 0;
                }
                assertThat(images).as(file.getFileName().toString()).isEqualTo(file.equals(logo) ? 1 : 0);
                assertThat(text(d, 1, 1)).contains("Northwind");
            }
        }
    }

    private static long count(String text, String word) {
        long n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
