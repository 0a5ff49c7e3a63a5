package io.secpillar.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells a spreadsheet would run as a formula are defused; others stay as they are, quoted per RFC 4180. */
class FindingsExportCsvTest {

    @Test
    void everyFormulaLeadIsDefused() {
        assertThat(FindingsExport.csv("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(FindingsExport.csv("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(FindingsExport.csv("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(FindingsExport.csv("@SUM(1+1)*cmd|' /C calc'!A0")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(FindingsExport.csv("  =1+1")).isEqualTo("'  =1+1");
        assertThat(FindingsExport.csv("\t=1")).isEqualTo("'\t=1");
        assertThat(FindingsExport.csv("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void ordinaryCellsAreLeftAlone() {
        assertThat(FindingsExport.csv("arn:aws:s3:::bucket-1")).isEqualTo("arn:aws:s3:::bucket-1");
        assertThat(FindingsExport.csv("a-b=c")).isEqualTo("a-b=c");
        assertThat(FindingsExport.csv("")).isEmpty();
        assertThat(FindingsExport.csv("x, y")).isEqualTo("\"x, y\"");
    }
}
