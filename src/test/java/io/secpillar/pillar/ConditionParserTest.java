package io.secpillar.pillar;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConditionParserTest {

    private static boolean eval(String condition, String... inPlace) {
        Set<String> set = Set.of(inPlace);
        return ConditionParser.parse(condition).holds(set::contains);
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(eval("a_1 || b_1 && c_1", "a_1")).isTrue();
        assertThat(eval("a_1 || b_1 && c_1", "b_1")).isFalse();
        assertThat(eval("(a_1 || b_1) && c_1", "a_1")).isFalse();
    }

    @Test
    void theSpecificationsOwnExample() {
        String spec = "((choice_1 || choice_2) && choice_3) || (!choice_1 && choice_3)";
        assertThat(eval(spec, "choice_3")).isTrue();
        assertThat(eval(spec, "choice_1")).isFalse();
        assertThat(eval(spec, "choice_1", "choice_3")).isTrue();
        assertThat(ConditionParser.parse(spec).choiceIds()).containsExactly("choice_1", "choice_2", "choice_3");
    }

    @Test
    void negationAndDefault() {
        assertThat(eval("!a_1", "b_1")).isTrue();
        assertThat(eval("!!a_1", "a_1")).isTrue();
        assertThat(ConditionParser.parse("  default ")).isInstanceOf(Condition.Default.class);
    }

    @Test
    void syntaxErrorsSayWhere() {
        assertThatThrownBy(() -> ConditionParser.parse("a_1 &&")).hasMessage("expected a choice id, '!' or '(' but found the end at character 7");
        assertThatThrownBy(() -> ConditionParser.parse("a_1 & b_1")).hasMessage("unexpected '&' at character 5");
        assertThatThrownBy(() -> ConditionParser.parse("a_1 || default")).hasMessage("'default' must be the whole condition at character 8");
        assertThatThrownBy(() -> ConditionParser.parse(" ")).hasMessage("the condition is empty at character 1");
    }

    @Test
    void nestingIsBoundedButSensibleDepthsParse() {
        String deep = "(".repeat(ConditionParser.MAX_DEPTH) + "a_1" + ")".repeat(ConditionParser.MAX_DEPTH);
        assertThat(eval(deep, "a_1")).isTrue();
        assertThatThrownBy(() -> ConditionParser.parse("(" + deep + ")"))
                .hasMessage("nests '(' and '!' more than 32 levels deep; write it more simply at character 33");
        assertThat(eval("!".repeat(ConditionParser.MAX_DEPTH) + "a_1", "a_1")).isTrue();
    }
}
