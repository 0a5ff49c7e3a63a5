package io.secpillar.ui.page;

import org.kordamp.ikonli.Ikon;

import java.util.List;

/**
 * One screen of the window. Every page is registered once, in {@code io.secpillar.ui.Pages}; from that list the
 * window makes its tabs and app-bar buttons, its shortcuts and the help dialog (F1). A new screen is one subclass
 * (its view and view model beside it) and one line in that list; see CONTRIBUTING.md, "Adding a screen".
 */
public abstract class Page {

    /** Where a page lives: shown when no workload is open, or as a tab of the open workload. */
    public enum Scope { WORKBENCH, WORKLOAD }

    private final String id;
    private final String title;
    private final Ikon icon;
    private final Scope scope;
    private final Shortcut shortcut;
    private final List<Shortcut> keys;

    /**
     * @param id       short and stable: the tab is {@code tab-<id>}, the app-bar button {@code go-<id>}
     * @param title    the tab's (or the app-bar button's) text, e.g. "Evidence from AWS"
     * @param shortcut the key that brings the page on screen, and what the help dialog says of it
     * @param keys     what the page's own keys do while it is shown, in the order the help dialog lists them
     */
    protected Page(String id, String title, Ikon icon, Scope scope, Shortcut shortcut, List<Shortcut> keys) {
        this.id = id;
        this.title = title;
        this.icon = icon;
        this.scope = scope;
        this.shortcut = shortcut;
        this.keys = List.copyOf(keys);
    }

    public final String id() {
        return id;
    }

    public final String title() {
        return title;
    }

    public final Ikon icon() {
        return icon;
    }

    public final Scope scope() {
        return scope;
    }

    public final Shortcut shortcut() {
        return shortcut;
    }

    public final List<Shortcut> keys() {
        return keys;
    }

    /**
     * Builds the page's view and view model, on the JavaFX thread, the first time the page is needed: workbench
     * pages once the store is open, workload pages the first time their tab is chosen. Work that reads the store or
     * AWS goes to the background (see {@code Background}).
     */
    public abstract PageView open(PageContext context);
}
