package io.secpillar.assessment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkloadDraftTest {

    @Test
    void listsAreSplitTrimmedAndDeduplicated() {
        assertThat(WorkloadDraft.splitList(" 111122223333,444455556666\n111122223333 ;  ")).containsExactly("111122223333", "444455556666");
    }

    @Test
    void everyProblemIsNamed() {
        WorkloadDraft draft = new WorkloadDraft(" ", "c", "d", null, List.of("1234", "111122223333"),
                List.of("eu-central-1", "Frankfurt"), "o");
        assertThat(draft.problems()).containsExactly("Give the workload a name.",
                "\"1234\" is not an AWS account id (12 digits).",
                "\"Frankfurt\" is not an AWS region code such as eu-central-1.");
        assertThatThrownBy(draft::validated).isInstanceOf(InvalidWorkloadException.class);
        assertThat(draft.environment()).isEqualTo(Environment.PRODUCTION);
    }

    @Test
    void validDraftsPass() {
        assertThat(new WorkloadDraft("Portal", "", "", Environment.PREPRODUCTION, List.of(),
                List.of("us-gov-west-1", "ap-southeast-3", "eu-central-2"), "").problems()).isEmpty();
        assertThat(new WorkloadDraft("x".repeat(101), "", "", null, List.of(), List.of(), "").problems())
                .containsExactly("The name has 101 characters; at most 100 fit.");
    }
}
