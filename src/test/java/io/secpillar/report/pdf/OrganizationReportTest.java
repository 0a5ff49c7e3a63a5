package io.secpillar.report.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.report.AccountSummary;
import io.secpillar.report.Branding;
import io.secpillar.report.EvidenceLine;
import io.secpillar.report.InMemoryEvidence;
import io.secpillar.report.OrganizationEvidence;
import io.secpillar.report.ReportEvidence;
import io.secpillar.report.ReportFixtures;
import io.secpillar.report.ReportModel;
import io.secpillar.report.ReportModelBuilder;
import io.secpillar.report.ReportOptions;
import io.secpillar.report.ResultsCsv;
import io.secpillar.report.signing.KeyType;
import io.secpillar.report.signing.SigningCredentials;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A review over twelve accounts in OUs, with more results per check than the appendix prints: the summary by
 * account and OU, the capped tables with their counts and CSV rows, the embedded data against its documented
 * schema, and the masked copy for wider distribution, signed, as pdfsig and veraPDF see it.
 */
class OrganizationReportTest {

    static final int ACCOUNTS = 12;
    static final int PER_CHECK = 5; // 60 results per check: more than AppendixSection.ROWS_PER_CHECK

    @TempDir
    static Path dir;
    static Services services;
    static SigningCredentials credentials;
    static ReviewSnapshot review;
    static ReportEvidence evidence;
    static ReportModel model;
    static Path full;
    static Path masked;

    @BeforeAll
    static void export() {
        services = ReportFixtures.services(dir.resolve("data"));
        credentials = SigningFixtures.selfSigned(dir.resolve("data"), KeyType.EC_P256, ReportFixtures.NOW);
        review = ReportFixtures.demo(services);
        evidence = OrganizationEvidence.of(review.workload().id(), InMemoryEvidence.CHECKS, ACCOUNTS, PER_CHECK, 9,
                ReportFixtures.NOW.minusSeconds(3600));
        ReportOptions options = ReportSections.everything(Branding.defaults(), "Daniel Osei");
        model = new ReportModelBuilder(InMemoryEvidence.mapping()).build(review, evidence, options, "test",
                ReportFixtures.NOW);
        full = export(options, "organization.pdf");
        masked = export(options.masking(true), "organization-masked.pdf");
    }

    static Path export(ReportOptions options, String name) {
        return new ReportExporter(InMemoryEvidence.mapping(), Clock.fixed(ReportFixtures.NOW, ZoneOffset.UTC), "test")
                .export(new ExportRequest(review, evidence, options, dir.resolve(name), Optional.of(credentials),
                        "Review report", "Zürich"), Progress.NONE, () -> false).file();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static String attached(Path pdf, String name) {
        return new String(ReportAttachments.named(ReportAttachments.read(pdf), name).orElseThrow().bytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void summaryByAccountListsEveryAccountWorstFirstAndEveryOu() throws Exception {
        assertThat(model.accounts()).hasSize(ACCOUNTS);
        assertThat(model.accounts()).isSortedAccordingTo(AccountSummary.WORST_FIRST);
        String s = text(full);
        int section = s.indexOf("Summary by account", s.indexOf("Summary by account") + 1);
        String accounts = s.substring(section, s.indexOf("Questions", section));
        assertThat(accounts).contains("By organizational unit").contains("Outside any OU");
        OrganizationEvidence.OUS.forEach(ou -> assertThat(accounts).contains(ou));
        int last = -1;
        for (AccountSummary a : model.accounts()) {
            int at = accounts.indexOf(a.accountId());
            assertThat(at).as(a.accountId()).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void appendixCapsEachCheckAndCountsTheRestWithTheirRowsInTheCsv() throws Exception {
        String s = text(full).replaceAll("\\s+", " ");
        int rest = PER_CHECK * ACCOUNTS - AppendixSection.ROWS_PER_CHECK;
        assertThat(s.split("… and " + rest + " more results of this check", -1))
                .hasSize(InMemoryEvidence.CHECKS.size() + 1);
        List<String> csv = attached(full, AttachedFile.RESULTS_CSV).lines().toList();
        List<EvidenceLine> results = model.appendix().results();
        assertThat(csv).hasSize(results.size() + 1);
        assertThat(csv.get(0)).isEqualTo(String.join(",", ResultsCsv.COLUMNS));
        // the first check's hidden rows are 51..60 in the PDF's numbering, and rows 51..60 of the CSV
        assertThat(s).contains("rows " + (AppendixSection.ROWS_PER_CHECK + 1) + " to " + PER_CHECK * ACCOUNTS + " of "
                + AttachedFile.RESULTS_CSV);
        EvidenceLine firstHidden = results.get(AppendixSection.ROWS_PER_CHECK);
        assertThat(csv.get(AppendixSection.ROWS_PER_CHECK + 1)).contains(firstHidden.resourceId())
                .startsWith(firstHidden.checkId() + ",");
        assertThat(s).doesNotContain(firstHidden.resourceId());
        EvidenceLine lastShown = results.get(AppendixSection.ROWS_PER_CHECK - 1);
        assertThat(s.replace(" ", "")).contains(lastShown.resourceId());
    }

    @Test
    void embeddedDataFollowsTheDocumentedSchemaAndCarriesEveryResult() throws Exception {
        Schema schema;
        try (InputStream in = ReportModel.class.getResourceAsStream("report-data.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        for (Path pdf : List.of(full, masked)) {
            String json = attached(pdf, AttachedFile.DATA_JSON);
            assertThat(schema.validate(json, InputFormat.JSON)).as(pdf.getFileName().toString()).isEmpty();
            JsonNode data = new ObjectMapper().readTree(json);
            assertThat(data.path("evidence").path("results")).hasSize(model.appendix().results().size());
            assertThat(data.path("accounts")).hasSize(ACCOUNTS);
            assertThat(data.path("accounts").get(0).path("organizationalUnit").asText())
                    .isEqualTo(model.accounts().get(0).organizationalUnit().orElseThrow());
        }
        String broken = attached(full, AttachedFile.DATA_JSON).replace("\"format\" : \"secpillar-report-data/1\"",
                "\"format\" : \"something-else\"");
        assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void theMaskedCopyShowsNoAccountIdOrResourceNameAnywhere() throws Exception {
        String everything = text(masked) + attached(masked, AttachedFile.DATA_JSON)
                + attached(masked, AttachedFile.RESULTS_CSV) + xmpAndInfo(masked);
        assertThat(everything).contains("Account ids and resource names masked").contains("••••");
        for (AccountSummary a : model.accounts()) {
            assertThat(everything).doesNotContain(a.accountId()).doesNotContain(a.name().orElseThrow());
        }
        for (EvidenceLine l : model.appendix().results()) {
            assertThat(everything).doesNotContain(l.resourceId().substring(l.resourceId().lastIndexOf('/') + 1));
        }
        review.workload().accountIds().forEach(id -> assertThat(everything).doesNotContain(id));
        assertThat(text(full)).contains(model.accounts().get(0).accountId());
    }

    @Test
    void bothCopiesAreSignedValidAndArchivable() throws Exception {
        for (Path pdf : List.of(full, masked)) {
            assertThat(new PdfSignatureVerifier().verify(pdf).intact()).isTrue();
            assertThat(Pdfsig.run(pdf)).contains("Signature is Valid.").contains("Total document signed");
        }
        assertThat(VeraPdf.failures(masked, PDFAFlavour.PDFA_3_B)).isEmpty();
        assertThat(VeraPdf.failures(full, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static String xmpAndInfo(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var info = doc.getDocumentInformation();
            return new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8)
                    + info.getTitle() + info.getSubject() + info.getKeywords();
        }
    }
}
