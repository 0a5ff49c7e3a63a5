package io.secpillar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.storage.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every engagement command on a real data directory, with its exit codes. */
class EngagementCommandsTest {

    @TempDir
    Path dir;

    private String data;

    record Run(int code, String out, String err) { }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SecPillarCommand.commandLine(d -> {
            throw new AssertionError("the window must not open");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (all.stream().noneMatch(a -> a.equals("--data-dir"))) {
            all.add("--data-dir");
            all.add(data);
        }
        int code = cl.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private Run ok(String... args) {
        Run r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    private Run fails(int code, String... args) {
        Run r = run(args);
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(code);
        assertThat(r.err()).startsWith("secpillar: ").doesNotContain("Exception", "\tat ");
        return r;
    }

    @BeforeEach
    void demo() {
        data = dir.resolve("data").toString();
        ok("demo");
    }

    @Test
    void milestonesAreListedCreatedComparedAndDeleted() throws Exception {
        assertThat(ok("milestones", "--workload", "Claims Portal").out()).contains("Workshop", "Follow-up", "run 1", "run 2");
        assertThat(ok("milestones", "--workload", "1", "--create", "Board", "--note", "For the board").out())
                .startsWith("Saved milestone 3 \"Board\" of \"Claims Portal\": High 3, Medium 4, None 2, N/A 2");
        JsonNode list = JsonMapper.builder().build().readTree(ok("milestones", "--workload", "1", "--json").out());
        assertThat(list).hasSize(3);
        assertThat(list.get(0).get("risks").get("HIGH").asInt()).isEqualTo(4);
        assertThat(list.get(1).get("attachments")).hasSize(2);
        fails(2, "milestones", "--workload", "1", "--create", "board");
        assertThat(fails(2, "milestones", "--workload", "1", "--delete", "Board").err()).contains("Add --yes");
        assertThat(ok("milestones", "--workload", "1", "--delete", "Board", "--yes").out()).contains("Deleted milestone \"Board\"");
        fails(2, "milestones", "--workload", "1", "--delete", "Board", "--yes");
        fails(2, "milestones", "--workload", "Nope");

        String text = ok("compare-milestones", "--workload", "1", "Workshop", "Follow-up").out();
        assertThat(text).startsWith("Workshop -> Follow-up: questions improved 1, regressed 1, changed otherwise 1, unchanged 8")
                .contains("SEC05", "High risk -> No risk (down)", "practices dropped: SEC06-BP04, SEC06-BP05",
                        "Evidence, run 1 -> run 2: 1 newly failing, 11 fixed, 56 still failing", "Risk counts over time");
        JsonNode json = JsonMapper.builder().build().readTree(ok("compare-milestones", "--workload", "1", "1", "now", "--json").out());
        assertThat(json.get("to").asText()).isEqualTo("now");
        assertThat(json.get("evidence").get("fixed")).hasSize(11);
        assertThat(json.get("riskHistory")).hasSize(3);
        assertThat(fails(2, "compare-milestones", "--workload", "1", "Workshop", "Later").err()).contains("no milestone \"Later\"");
    }

    @Test
    void theImprovementPlanPrintsAndExportsCsvAndJiraCsv() throws Exception {
        String table = ok("improvements", "--workload", "1").out();
        assertThat(table).contains("SEC01-BP07", "In progress", "Katrin Vogel", "Overdue", "Proposed as done", "Risk accepted");
        Path csv = dir.resolve("plan.csv");
        Path jira = dir.resolve("jira.csv");
        ok("improvements", "--workload", "1", "--csv", csv.toString());
        ok("improvements", "--workload", "1", "--jira-csv", jira.toString());
        String plan = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(plan).startsWith("Priority,Practice,Title,Question,Question risk,Status,Owner,Due date,Flag,");
        String issues = Files.readString(jira, StandardCharsets.UTF_8);
        assertThat(issues).startsWith("Summary,Issue Type,Priority,Assignee,Due date,Labels,Labels,Labels,Description\r\n")
                .contains("SEC01-BP07 Identify threats", ",Task,High,Katrin Vogel,", ",secpillar,sec01-bp07,claims-portal,")
                .doesNotContain("SEC09-BP01", "SEC05-BP02");
        fails(2, "improvements", "--workload", "1", "--csv", dir.resolve("no/such/dir.csv").toString());
        Run both = run("improvements", "--workload", "1", "--csv", "a.csv", "--jira-csv", "b.csv");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void auditSaysIntactThenLocatesAnEditBehindTheAppsBack() throws Exception {
        assertThat(ok("audit", "--workload", "1").out()).startsWith("The audit trail of \"Claims Portal\" is intact");
        try (Database db = Database.open(Path.of(data)); Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE answer SET notes = 'edited' WHERE question_id = (SELECT MIN(question_id) FROM answer)");
        }
        Run tampered = run("audit", "--workload", "1");
        assertThat(tampered.code()).isEqualTo(3);
        assertThat(tampered.out()).contains("shows changes made outside the workbench", "The answer to SEC");
        JsonNode json = JsonMapper.builder().build().readTree(run("audit", "--workload", "1", "--json").out());
        assertThat(json.get("intact").asBoolean()).isTrue();
        assertThat(json.get("matchesStore").asBoolean()).isFalse();
        assertThat(json.get("problems").get(0).get("kind").asText()).isEqualTo("ANSWER_DIFFERS");
        fails(2, "audit", "--workload", "Nope");
    }

    @Test
    void exportImportAndMergeFromTheCommandLine() throws Exception {
        Path file = dir.resolve("claims.secpillar");
        assertThat(ok("export", "--workload", "1", "--out", file.toString()).out()).contains("content SHA-256");
        fails(2, "export", "--workload", "1", "--out", dir.resolve("no/such.secpillar").toString());
        assertThat(fails(2, "import", file.toString()).err()).contains("is already here (id 1)", "--as-copy",
                "secpillar merge");
        assertThat(ok("import", file.toString(), "--as-copy").out()).contains("Imported \"Claims Portal (copy)\" (a copy)");

        String other = dir.resolve("other").toString();
        assertThat(ok("import", file.toString(), "--data-dir", other).out()).contains("as workload 1", "audit trail");
        Path back = dir.resolve("back.secpillar");
        ok("export", "--workload", "1", "--out", back.toString(), "--data-dir", other);
        String plan = ok("merge", back.toString(), "--workload", "1").out();
        assertThat(plan).contains("0 changed by the reviewer, 0 conflicts", "Nothing applied yet");
        assertThat(ok("merge", back.toString(), "--workload", "1", "--apply").out()).contains("Merged: took the reviewer's answer for no question");

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Path altered = Files.write(dir.resolve("altered.secpillar"), bytes);
        assertThat(fails(2, "import", altered.toString(), "--as-copy").err()).contains("altered or damaged", "Nothing was changed.");
        fails(2, "import", dir.resolve("missing.secpillar").toString());
        assertThat(ok("workloads").out()).contains("Claims Portal (copy)").doesNotContain("Claims Portal (copy) (copy)");
    }

    @Test
    void backupAndRestore() throws Exception {
        Path backup = dir.resolve("backup.zip");
        assertThat(ok("backup", "--out", backup.toString()).out()).contains("Backed up", "tables");
        ok("milestones", "--workload", "1", "--create", "After the backup");
        assertThat(ok("restore", backup.toString()).out()).contains("Restored", "kept as");
        assertThat(ok("milestones", "--workload", "1").out()).doesNotContain("After the backup");
        byte[] bytes = Files.readAllBytes(backup);
        Path cut = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(fails(2, "restore", cut.toString()).err()).contains("is damaged", "Nothing was changed.");
        fails(2, "backup", "--out", dir.resolve("no/such/backup.zip").toString());
    }

    @Test
    void attachListSaveAndDetach() throws Exception {
        Path pdf = Files.write(dir.resolve("pentest-2026.pdf"), "%PDF-1.7 fake report".getBytes(StandardCharsets.UTF_8));
        assertThat(ok("attach", "--workload", "1", "--practice", "sec11-bp07", pdf.toString()).out())
                .contains("Attached “pentest-2026.pdf” (20 bytes) to SEC11-BP07", "SHA-256 ");
        ok("attach", "--workload", "1", "--practice", "SEC03-BP01", "--link", "https://wiki.example.com/iam", "--title", "IAM");
        String list = ok("attachments", "--workload", "1").out();
        assertThat(list).contains("SEC10-BP02", "incident-response-plan-summary.md", "SEC11-BP07", "pentest-2026.pdf",
                "https://wiki.example.com/iam");
        JsonNode json = JsonMapper.builder().build().readTree(ok("attachments", "--workload", "1", "--json").out());
        assertThat(json).hasSize(4);
        long pentest = 0;
        for (JsonNode a : json) {
            if (a.get("name").asText().equals("pentest-2026.pdf")) {
                pentest = a.get("id").asLong();
                assertThat(a.get("sha256").asText()).hasSize(64);
            }
        }
        Path saved = dir.resolve("saved.pdf");
        ok("attachments", "--workload", "1", "--save", Long.toString(pentest), "--out", saved.toString());
        assertThat(Files.readAllBytes(saved)).isEqualTo(Files.readAllBytes(pdf));
        fails(2, "attachments", "--workload", "1", "--save", Long.toString(pentest), "--out", saved.toString());

        assertThat(fails(2, "attach", "--workload", "1", "--practice", "SEC10-BP01", dir.resolve("nope.pdf").toString())
                .err()).contains("There is no file", "Nothing was attached.");
        assertThat(fails(2, "attach", "--workload", "1", "--practice", "SEC10-BP01", dir.toString()).err()).contains("is a folder");
        fails(2, "attach", "--workload", "1", "--practice", "SEC99-BP01", pdf.toString());
        assertThat(fails(2, "attach", "--workload", "1", "--practice", "SEC10-BP01", "--link", "javascript:alert(1)").err())
                .contains("Only http and https links");
        fails(2, "attach", "--workload", "1", "--practice", "SEC10-BP01", "--link", "https://user:pw@example.com/x");

        assertThat(fails(2, "detach", "--workload", "1", Long.toString(pentest)).err()).contains("Remove “pentest-2026.pdf”", "--yes");
        ok("detach", "--workload", "1", Long.toString(pentest), "--yes");
        assertThat(ok("attachments", "--workload", "1").out()).doesNotContain("pentest-2026.pdf");
        fails(2, "detach", "--workload", "1", Long.toString(pentest), "--yes");
        assertThat(ok("audit", "--workload", "1").out()).contains("is intact");
    }
}
