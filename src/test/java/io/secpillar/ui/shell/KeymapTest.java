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
                List.of("Ctrl+→  or  Ctrl+Page Down", "Next question (Page Down in presentation mode)"),
                List.of("Ctrl+←  or  Ctrl+Page Up", "Previous question (Page Up in presentation mode)"),
                List.of("1 … 9", "Tick or untick the n-th best practice"),
                List.of("0", "Tick or untick \"None of these\" (Ctrl+Z brings cleared ticks back)"),
                List.of("Shift+1 … 9", "Show or hide the guidance of the n-th best practice"),
                List.of("Ctrl+Z", "Undo the last answer change, on any question"),
                List.of("Ctrl+Shift+Z  or  Ctrl+Y", "Redo"),
                List.of("Ctrl+K  or  Ctrl+F", "Search questions, best practices and notes (↓ to the results, Enter goes there)"),
                List.of("Ctrl+I", "Show or fold the question's description and tip"),
                List.of("Ctrl+D", "Question does not apply (then choose the reason)"),
                List.of("Ctrl+E", "Jump to the notes (Tab or Esc leaves them)"),
                List.of("Ctrl+T", "Question timer on / off (15 minutes a question)"),
                List.of("Esc", "Leave the notes or the search, back to the question list"),
                List.of("↑ / ↓ in the question list", "Move between questions"),
                List.of("Ctrl+F  (Evidence)", "Search the evidence results (Shift+Tab reaches the filters)"),
                List.of("Ctrl+1 / Ctrl+2", "The questions / the evidence from AWS"),
                List.of("Ctrl+P", "Export the report of this review"),
                List.of("Ctrl+W", "Back to the workloads"),
                List.of("Ctrl+F", "Search the workloads"),
                List.of("Ctrl+N", "New workload"),
                List.of("F5", "Presentation mode: large type, one question per screen (F5 or Esc leaves)"),
                List.of("Ctrl++  /  Ctrl+-  /  Ctrl+0", "Larger / smaller / normal text, in every window (for projectors)"),
                List.of("Ctrl+Shift+L", "Light or dark colours"),
                List.of("F10  or  Alt+T", "The Tools menu (theme, timer, report signing)"),
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
