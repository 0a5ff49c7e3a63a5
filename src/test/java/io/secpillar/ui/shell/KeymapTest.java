package io.secpillar.ui.shell;

import io.secpillar.ui.Pages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The help dialog (F1) is made from the pages and the window's keys, and says what it said before the pages list. */
class KeymapTest {

    @Test
    void theHelpListsEveryShortcutOfThePagesAndTheWindowInOrder() {
        List<List<String>> rows = Keymap.help(Pages.ALL).stream().map(s -> List.of(s.keys(), s.action())).toList();
        assertThat(rows).containsExactly(
                List.of("Ctrl+→  or  Ctrl+Page Down", "Next question"),
                List.of("Ctrl+←  or  Ctrl+Page Up", "Previous question"),
                List.of("1 … 9", "Tick or untick the n-th best practice"),
                List.of("0", "Tick or untick \"None of these\""),
                List.of("Shift+1 … 9", "Show or hide the guidance of the n-th best practice"),
                List.of("Ctrl+D", "Question does not apply (then choose the reason)"),
                List.of("Ctrl+E", "Jump to the notes"),
                List.of("Esc", "Leave the notes, back to the question list"),
                List.of("↑ / ↓ in the question list", "Move between questions"),
                List.of("Ctrl+1 / Ctrl+2", "The questions / the evidence from AWS"),
                List.of("Ctrl+P", "Export the report of this review"),
                List.of("Ctrl+W", "Back to the workloads"),
                List.of("Ctrl+F", "Search the workloads"),
                List.of("Ctrl+N", "New workload"),
                List.of("Ctrl++  /  Ctrl+-  /  Ctrl+0", "Larger / smaller / normal text (for projectors)"),
                List.of("F1", "This list"),
                List.of("Ctrl+Q", "Quit (everything is already saved)"));
    }

    @Test
    void pageIdsAndShortcutsAreUnique() {
        assertThat(Pages.ALL).extracting(p -> p.id()).doesNotHaveDuplicates();
        assertThat(Pages.ALL).extracting(p -> p.shortcut().keys()).doesNotHaveDuplicates();
        assertThat(Pages.ALL).filteredOn(p -> p.scope() == io.secpillar.ui.page.Page.Scope.WORKBENCH).isNotEmpty();
    }
}
