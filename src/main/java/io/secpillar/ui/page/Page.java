package io.secpillar.ui.page;

import org.kordamp.ikonli.Ikon;

import java.util.List;

/**
 * One screen of the window. Every page is registered once, in {@code io.secpillar.ui.Pages}; from that list the
 * window makes its tabs and app-bar buttons, its shortcuts and the help dialog (F1). A new screen is one class
 * implementing this (plus its view and view model) and one line in that list.
 */
public interface Page {

    /** Where a page lives: shown when no workload is open, or as a tab of the open workload. */
    enum Scope { WORKBENCH, WORKLOAD }

    /** Short and stable: the tab is {@code tab-<id>}, the app-bar button {@code go-<id>}. */
    String id();

    /** The tab's (or the app-bar button's) text, e.g. "Evidence from AWS". */
    String title();

    Ikon icon();

    Scope scope();

    /** The key that brings the page on screen, and what the help dialog says of it ("the questions"). */
    Shortcut shortcut();

    /** What the page's own keys do while it is shown, in the order the help dialog lists them. */
    default List<Shortcut> keys() {
        return List.of();
    }

    /**
     * Builds the page's view and view model, on the JavaFX thread, the first time the page is needed: workbench
     * pages once the store is open, workload pages the first time their tab is chosen. Work that reads the store or
     * AWS goes to the background (see {@code Background}).
     */
    PageView open(PageContext context);
}
