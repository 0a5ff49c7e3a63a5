package io.secpillar.report;

import io.secpillar.assessment.Review;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.evidence.checks.CheckCatalog;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.report.pdf.ReportSections;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The copy for a board or an insurer: no account id and no resource name survives, in pages or data. */
class ReportMaskingTest {

    static final Map<String, CheckMetadata> CHECKS = new LinkedHashMap<>();

    static {
        CheckCatalog.all().forEach(c -> CHECKS.put(c.metadata().id(), c.metadata()));
    }

    @Test
    void accountIdsKeepTheirFirstAndLastFourDigits() {
        assertThat(ReportMasking.account("111122223333")).isEqualTo("1111••••3333");
        assertThat(ReportMasking.account("1111••••3333")).isEqualTo("1111••••3333");
        assertThat(ReportMasking.account("prod-payments")).isEqualTo("pro•••");
    }

    @Test
    void arnsKeepServiceRegionAndTypeButNotAccountOrName() {
        assertThat(ReportMasking.resource("arn:aws:s3:::velvet-logs")).isEqualTo("arn:aws:s3:::vel•••");
        assertThat(ReportMasking.resource("arn:aws:iam::111122223333:user/alice.admin"))
                .isEqualTo("arn:aws:iam::1111••••3333:user/ali•••");
        assertThat(ReportMasking.resource("arn:aws:ec2:eu-west-1:444455556666:security-group/sg-0abc123"))
                .isEqualTo("arn:aws:ec2:eu-west-1:4444••••6666:security-group/sg-•••");
        assertThat(ReportMasking.resource("arn:aws:kms:eu-central-1:111122223333:key:alias"))
                .isEqualTo("arn:aws:kms:eu-central-1:1111••••3333:key:ali•••");
        assertThat(ReportMasking.resource("i-0123456789abcdef0")).isEqualTo("i-0•••");
        assertThat(ReportMasking.resource("777788889999")).isEqualTo("7777••••9999");
        String once = ReportMasking.resource("arn:aws:s3:::velvet-logs");
        assertThat(ReportMasking.resource(once)).isEqualTo(once);
    }

    @Test
    void everyAccountAndResourceIsMaskedIncludingInTheReviewersNotes() {
        Question q = ReportModelBuilderTest.q(0);
        String account = OrganizationEvidence.accountId(3);
        ReportEvidence evidence = OrganizationEvidence.of(7, CHECKS, 6, 2, 5, ReportModelBuilderTest.T);
        String resource = evidence.findings().get(0).resourceId();
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        String notes = "Root MFA missing in " + account + "; the resource " + name + " is "
                + "public (see arn:aws:s3:::client-secret-archive).";
        Answer a = Answer.empty(q.id(), ReportModelBuilderTest.T)
                .withChoice(q, q.bestPractices().get(0).id(), true).withNotes(notes).changed("Ann", ReportModelBuilderTest.T);
        ReviewSnapshot s = new ReviewSnapshot(ReportModelBuilderTest.W, new Review(1, 7,
                ReportModelBuilderTest.LENS.ref(), ReportModelBuilderTest.T), ReportModelBuilderTest.LENS,
                Map.of(q.id(), a));
        ReportModelBuilder builder = new ReportModelBuilder(io.secpillar.evidence.CheckMapping.bundled());
        ReportModel plain = builder.build(s, evidence, ReportSections.everything(Branding.defaults(), "Ann"), "1",
                ReportModelBuilderTest.T);
        ReportModel masked = builder.build(s, evidence, ReportSections.everything(Branding.defaults(), "Ann")
                .masking(true), "1", ReportModelBuilderTest.T);

        assertThat(masked.masked()).isTrue();
        String data = new String(ReportData.json(masked), StandardCharsets.UTF_8)
                + new String(ResultsCsv.of(masked), StandardCharsets.UTF_8);
        assertThat(data).contains("\"masked\" : true").contains("2100••••");
        for (int i = 0; i < 6; i++) {
            assertThat(data).doesNotContain(OrganizationEvidence.accountId(i));
        }
        assertThat(data).doesNotContain("111122223333");
        for (EvidenceLine l : plain.appendix().results()) {
            String last = l.resourceId().substring(l.resourceId().lastIndexOf('/') + 1);
            assertThat(data).doesNotContain(last);
        }
        assertThat(plain.questions().get(0).notes()).isEqualTo(notes);
        assertThat(masked.questions().get(0).notes()).isEqualTo("Root MFA missing in 2100••••" + account.substring(8)
                + "; the resource " + name.substring(0, 3) + "••• is public (see arn:aws:s3:::cli•••).");
        assertThat(masked.cover().accountIds()).containsExactly("1111••••3333");
        assertThat(masked.accounts()).hasSameSizeAs(plain.accounts())
                .allSatisfy(acc -> assertThat(acc.accountId()).matches("[0-9]{4}••••[0-9]{4}"));
        assertThat(masked.summary().evidence()).isEqualTo(plain.summary().evidence());
    }
}
