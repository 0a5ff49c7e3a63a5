package io.secpillar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.port.EvidenceRepository;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.report.signing.KeyType;
import io.secpillar.report.signing.SelfSignedCertificate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data carried inside a signed report, taken out with {@code verify --extract-data/--extract-results} and read
 * back against the database; and {@code report --mask}, the copy where no account id or resource name is left.
 */
class ReportDataCommandTest {

    @TempDir
    static Path data;
    @TempDir
    Path out;

    static final String PASSWORD = "s3cret-keystore";
    static final Map<String, String> ENV = Map.of(KeystorePassword.ENV, PASSWORD);

    @BeforeAll
    static void demoAndCertificate() {
        try (Services services = Services.open(data, Clock.systemUTC())) {
            services.demo().openOrCreate();
            new SelfSignedCertificate(data).create("Daniel Osei", Optional.empty(), KeyType.EC_P256,
                    PASSWORD.toCharArray(), Instant.now(), true);
        }
    }

    ReportCommandTest.Run report(Path pdf, String... extra) {
        List<String> args = new ArrayList<>(List.of("report", "--data-dir", data.toString(), "--workload",
                "Claims Portal", "--out", pdf.toString(), "--self-signed"));
        args.addAll(List.of(extra));
        return ReportCommandTest.run(ENV, Optional.empty(), args.toArray(String[]::new));
    }

    static ReportCommandTest.Run verify(String... args) {
        List<String> all = new ArrayList<>(List.of("verify"));
        all.addAll(List.of(args));
        return ReportCommandTest.run(Map.of(), Optional.empty(), all.toArray(String[]::new));
    }

    @Test
    void theExtractedDataIsTheReviewAndTheEvidenceInTheDatabase() throws Exception {
        Path pdf = out.resolve("claims.pdf");
        assertThat(report(pdf).code()).isZero();
        assertThat(pdfdetachList(pdf)).contains("review-data.json").contains("evidence-results.csv");
        Path json = out.resolve("data.json");
        Path csv = out.resolve("results.csv");
        ReportCommandTest.Run v = verify(pdf.toString(), "--extract-data", json.toString(), "--extract-results",
                csv.toString());
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("Embedded file:    review-data.json (application/json")
                .contains("covered by the signature").contains("Extracted review-data.json to " + json);
        JsonNode d = new ObjectMapper().readTree(json.toFile());
        assertThat(d.path("format").asText()).isEqualTo("secpillar-report-data/1");
        assertThat(d.path("masked").asBoolean()).isFalse();

        try (Services services = Services.open(data, Clock.systemUTC())) {
            Workload w = services.reviews().findByIdOrName("Claims Portal").orElseThrow();
            ReviewSnapshot s = services.reviews().open(w.id());
            assertThat(d.path("review").path("client").asText()).isEqualTo(w.client());
            assertThat(d.path("questions")).hasSize(s.questions().size());
            for (int i = 0; i < s.questions().size(); i++) {
                Question q = s.questions().get(i);
                JsonNode jq = d.path("questions").get(i);
                assertThat(jq.path("risk").asText()).as(q.id()).isEqualTo(s.risk(q.id()).name());
                assertThat(jq.path("notes").asText()).isEqualTo(s.answer(q.id()).map(Answer::notes).orElse("").strip());
                Optional<Answer> answer = s.answer(q.id()).filter(Answer::isAnswered);
                for (int c = 0; c < q.bestPractices().size(); c++) {
                    String choice = q.bestPractices().get(c).id();
                    assertThat(jq.path("practices").get(c).path("status").asText()).as(choice)
                            .isEqualTo(answer.map(a -> a.statusOf(choice).name()).orElse("UNANSWERED"));
                }
            }
            EvidenceRepository evidence = services.evidenceRepository().orElseThrow();
            EvidenceRunInfo run = evidence.runsForWorkload(w.id()).get(0);
            List<Finding> stored = evidence.findings(run.id());
            assertThat(d.path("evidence").path("run").path("id").asLong()).isEqualTo(run.id());
            JsonNode results = d.path("evidence").path("results");
            assertThat(results).hasSize(stored.size());
            List<String> fromJson = new ArrayList<>();
            results.forEach(r -> fromJson.add(r.path("checkId").asText() + "|" + r.path("status").asText() + "|"
                    + r.path("accountId").asText() + "|" + r.path("resourceId").asText()));
            assertThat(fromJson).containsExactlyInAnyOrderElementsOf(stored.stream().map(f -> f.checkId() + "|"
                    + f.status().name() + "|" + f.accountId() + "|" + f.resourceId()).toList());
            assertThat(Files.readAllLines(csv)).hasSize(stored.size() + 1);
        }
    }

    @Test
    void nothingIsExtractedFromAReportChangedAfterSigning() throws Exception {
        Path pdf = out.resolve("changed.pdf");
        assertThat(report(pdf).code()).isZero();
        Files.write(pdf, "\n%% appended after signing\n".getBytes(StandardCharsets.US_ASCII),
                java.nio.file.StandardOpenOption.APPEND);
        Path json = out.resolve("data.json");
        ReportCommandTest.Run v = verify(pdf.toString(), "--extract-data", json.toString());
        assertThat(v.code()).isEqualTo(VerifyCommand.NOT_INTACT);
        assertThat(v.err()).contains("Nothing extracted: the report is not intact");
        assertThat(json).doesNotExist();
    }

    @Test
    void extractingIntoAMissingFolderIsRefusedInOneSentence() {
        Path pdf = out.resolve("claims.pdf");
        assertThat(report(pdf).code()).isZero();
        ReportCommandTest.Run v = verify(pdf.toString(), "--extract-data", out.resolve("no/such/dir/d.json").toString());
        assertThat(v.code()).isEqualTo(2);
        assertThat(v.err()).contains("the folder does not exist").doesNotContain("Exception");
    }

    @Test
    void theMaskedCopyHidesTheDemoAccountsAndResourcesInPagesAndData() throws Exception {
        Path pdf = out.resolve("board-copy.pdf");
        ReportCommandTest.Run r = report(pdf, "--mask");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Account ids and resource names are masked");
        Path json = out.resolve("masked.json");
        Path csv = out.resolve("masked.csv");
        assertThat(verify(pdf.toString(), "--extract-data", json.toString(), "--extract-results", csv.toString())
                .code()).isZero();
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        String everything = text + Files.readString(json) + Files.readString(csv);
        assertThat(everything).contains("1111••••3333").contains("\"masked\" : true");
        try (Services services = Services.open(data, Clock.systemUTC())) {
            Workload w = services.reviews().findByIdOrName("Claims Portal").orElseThrow();
            EvidenceRepository evidence = services.evidenceRepository().orElseThrow();
            for (Finding f : evidence.findings(evidence.runsForWorkload(w.id()).get(0).id())) {
                assertThat(everything).doesNotContain(f.accountId());
                assertThat(everything).doesNotContain(f.resourceId());
                String name = f.resourceId().substring(Math.max(f.resourceId().lastIndexOf('/'),
                        f.resourceId().lastIndexOf(':')) + 1);
                // an identifier, not a word that ordinary text uses too ("root", "default")
                if (name.length() >= 5 && name.matches(".*[-0-9_.].*")) {
                    assertThat(everything).as(f.resourceId()).doesNotContain(name);
                }
            }
        }
    }

    private static String pdfdetachList(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdfdetach", "-list", pdf.toString()).redirectErrorStream(true).start();
        String listed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return listed;
    }
}
