package io.secpillar.watool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WaAccessListTest {

    @Test
    void aManagedPushWithoutMilestoneNeedsFiveActionsAndThePolicyAllowsExactlyThose() throws Exception {
        WaAccessList push = WaAccessList.push(LensMode.MANAGED, false);

        JsonNode policy = JsonMapper.builder().build().readTree(push.policyJson());
        List<String> actions = new ArrayList<>();
        policy.at("/Statement/0/Action").forEach(a -> actions.add(a.asText()));

        assertThat(actions).containsExactly("wellarchitected:AssociateLenses", "wellarchitected:CreateWorkload",
                "wellarchitected:ListAnswers", "wellarchitected:ListWorkloads", "wellarchitected:UpdateAnswer");
        assertThat(policy.at("/Statement/0/Effect").asText()).isEqualTo("Allow");
        assertThat(push.allows("UpdateAnswer")).isTrue();
        assertThat(push.allows("DeleteWorkload")).isFalse();
        assertThat(push.allows("CreateMilestone")).isFalse();
    }

    @Test
    void customLensAndMilestoneAddTheirOperations() {
        assertThat(WaAccessList.push(LensMode.CUSTOM, true).iamActions()).contains("wellarchitected:ImportLens",
                "wellarchitected:CreateLensVersion", "wellarchitected:ListLenses", "wellarchitected:CreateMilestone",
                "wellarchitected:ListMilestones").hasSize(10);
    }

    @Test
    void thePullOnlyReads() {
        WaAccessList pull = WaAccessList.pull();
        assertThat(pull.operations()).noneMatch(WaOperation::writes);
        assertThat(pull.describe()).first().asString().isEqualTo(
                "ListWorkloads (reads): find the workload by name, or list the workloads");
    }
}
