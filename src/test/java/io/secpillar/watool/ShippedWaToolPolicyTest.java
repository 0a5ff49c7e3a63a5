package io.secpillar.watool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WA Tool policies shipped under assets/iam are exactly what the push's and the pull's clients may send. To
 * regenerate after changing an access list: {@code mvn -q test -Dtest=ShippedWaToolPolicyTest -Dsecpillar.writePolicy=true}.
 */
class ShippedWaToolPolicyTest {

    @Test
    void theShippedPushPolicyAllowsExactlyWhatAnyPushMaySend() throws Exception {
        check(Path.of(WaAccessList.SHIPPED_PUSH_FILE), WaAccessList.anyPush());
    }

    @Test
    void theShippedPullPolicyAllowsOnlyReads() throws Exception {
        check(Path.of(WaAccessList.SHIPPED_PULL_FILE), WaAccessList.pull());
        assertThat(WaAccessList.pull().operations()).noneMatch(WaOperation::writes);
    }

    private static void check(Path file, WaAccessList list) throws Exception {
        String expected = list.policyJson();
        if (Boolean.getBoolean("secpillar.writePolicy")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(file).as("the shipped policy file").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file + " is out of date; regenerate it with"
                + " `mvn -q test -Dtest=ShippedWaToolPolicyTest -Dsecpillar.writePolicy=true` and commit it.")
                .isEqualTo(expected);
        JsonNode statement = JsonMapper.builder().build().readTree(file.toFile()).get("Statement").get(0);
        List<String> actions = new ArrayList<>();
        statement.get("Action").forEach(a -> actions.add(a.asText()));
        assertThat(actions).allMatch(a -> a.startsWith("wellarchitected:")).doesNotContain("wellarchitected:*")
                .containsExactlyElementsOf(list.iamActions());
        assertThat(statement.get("Effect").asText()).isEqualTo("Allow");
    }
}
