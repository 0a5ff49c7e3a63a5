package io.secpillar.evidence.inventory.iam;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CredentialReportCsvTest {

    @Test
    void mendsAUserNameWithCommas() {
        String csv = "user,arn,password_enabled,mfa_active\n"
                + "ops,team,arn:aws:iam::111122223333:user/ops,team,true,false\n";

        var row = CredentialReportCsv.parse(csv).get(0);

        assertThat(row.user()).isEqualTo("ops,team");
        assertThat(row.arn()).isEqualTo("arn:aws:iam::111122223333:user/ops,team");
        assertThat(row.flag("password_enabled")).isTrue();
        assertThat(row.flag("mfa_active")).isFalse();
    }

    @Test
    void readsQuotedFieldsAndDates() {
        String csv = "user,arn,password_last_used\n\"a\",\"arn:aws:iam::1:user/a\",2025-01-02T03:04:05+00:00\n";

        var row = CredentialReportCsv.parse(csv).get(0);

        assertThat(row.user()).isEqualTo("a");
        assertThat(row.date("password_last_used")).hasValueSatisfying(
                t -> assertThat(t.toString()).isEqualTo("2025-01-02T03:04:05Z"));
        assertThat(row.date("user")).isEmpty();
    }

    @Test
    void refusesSomethingThatIsNotACredentialReport() {
        assertThatThrownBy(() -> CredentialReportCsv.parse("hello,world\n1,2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no user/arn header");
        assertThatThrownBy(() -> CredentialReportCsv.parse(""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
