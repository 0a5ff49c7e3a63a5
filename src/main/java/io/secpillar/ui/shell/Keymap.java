package io.secpillar.ui.shell;

import io.secpillar.ui.page.Page;
import io.secpillar.ui.page.Shortcut;
import javafx.scene.input.KeyCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The window's own keys, and the help dialog's list built from them and from the pages: first what a workload's
 * pages do (the review's keys), then how to move between those pages, then the workbench pages and their keys,
 * then the window's keys. A page added to the list shows up here by itself.
 */
final class Keymap {

    static final Shortcut EXPORT = Shortcut.ctrl(KeyCode.P, "Ctrl+P", "Export the report of this review");
    static final Shortcut ZOOM_IN = Shortcut.ctrl(Set.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD), "Ctrl++", "Larger text");
    static final Shortcut ZOOM_OUT = Shortcut.ctrl(Set.of(KeyCode.MINUS, KeyCode.SUBTRACT), "Ctrl+-", "Smaller text");
    static final Shortcut ZOOM_RESET = Shortcut.ctrl(Set.of(KeyCode.DIGIT0, KeyCode.NUMPAD0), "Ctrl+0", "Normal text");
    static final Shortcut ZOOM = Shortcut.described("Ctrl++  /  Ctrl+-  /  Ctrl+0",
            "Larger / smaller / normal text, in every window (for projectors)");
    static final Shortcut PRESENT = Shortcut.key(KeyCode.F5, "F5",
            "Presentation mode: large type, one question per screen (F5 or Esc leaves)");
    static final Shortcut THEME = new Shortcut("Ctrl+Shift+L", "Light or dark colours",
            e -> e.isShortcutDown() && e.isShiftDown() && e.getCode() == KeyCode.L);
    static final Shortcut TOOLS = new Shortcut("F10  or  Alt+T", "The Tools menu (theme, timer, report signing)",
            e -> e.getCode() == KeyCode.F10 || e.isAltDown() && !e.isShortcutDown() && e.getCode() == KeyCode.T);
    static final Shortcut HELP = Shortcut.key(KeyCode.F1, "F1", "This list");
    static final Shortcut QUIT = Shortcut.ctrl(KeyCode.Q, "Ctrl+Q", "Quit (everything is already saved)");

    private Keymap() {
    }

    static List<Shortcut> help(List<Page> pages) {
        List<Page> workload = pages.stream().filter(p -> p.scope() == Page.Scope.WORKLOAD).toList();
        List<Shortcut> rows = new ArrayList<>();
        workload.forEach(p -> rows.addAll(p.keys()));
        if (!workload.isEmpty()) {
            rows.add(Shortcut.described(workload.stream().map(p -> p.shortcut().keys()).collect(Collectors.joining(" / ")),
                    capitalised(workload.stream().map(p -> p.shortcut().action()).collect(Collectors.joining(" / ")))));
        }
        rows.add(EXPORT);
        pages.stream().filter(p -> p.scope() == Page.Scope.WORKBENCH).forEach(p -> {
            rows.add(p.shortcut());
            rows.addAll(p.keys());
        });
        rows.addAll(List.of(PRESENT, ZOOM, THEME, TOOLS, HELP, QUIT));
        return rows;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
