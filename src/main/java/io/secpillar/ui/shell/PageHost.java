package io.secpillar.ui.shell;

import io.secpillar.ui.common.Icons;
import io.secpillar.ui.page.OpenWorkload;
import io.secpillar.ui.page.Page;
import io.secpillar.ui.page.PageContext;
import io.secpillar.ui.page.PageView;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The middle of the window: a workbench page (the workloads), or the open workload's pages as tabs. Pages are
 * built when first needed: workbench pages once the store is open, a workload's tab the first time it is chosen.
 */
final class PageHost {

    private final StackPane root = new StackPane();
    private final List<Page> workbenchPages;
    private final List<Page> workloadPages;
    private final Map<Page, PageView> workbenchViews = new LinkedHashMap<>();
    private final Map<Page, PageView> workloadViews = new LinkedHashMap<>();
    private final List<Tab> tabs = new ArrayList<>();
    private Function<Optional<OpenWorkload>, PageContext> contexts;
    private Page workbenchPage;
    private OpenWorkload workload;
    private TabPane tabPane;
    private boolean showingWorkbench;

    PageHost(List<Page> pages) {
        this.workbenchPages = pages.stream().filter(p -> p.scope() == Page.Scope.WORKBENCH).toList();
        this.workloadPages = pages.stream().filter(p -> p.scope() == Page.Scope.WORKLOAD).toList();
        this.workbenchPage = workbenchPages.get(0);
    }

    StackPane root() {
        return root;
    }

    List<Page> workbenchPages() {
        return workbenchPages;
    }

    List<Page> workloadPages() {
        return workloadPages;
    }

    /** Something in place of a page: while the store opens, or why it cannot. */
    void showInstead(Node node) {
        root.getChildren().setAll(node);
        showingWorkbench = false;
    }

    /** The store is open: pages can be built from now on. */
    void ready(Function<Optional<OpenWorkload>, PageContext> contextOf) {
        this.contexts = contextOf;
    }

    /** Leaves the open workload (if any) for the workbench page chosen last. */
    void showWorkbench() {
        if (showingWorkbench) {
            return;
        }
        leaveWorkload();
        PageView view = workbenchViews.computeIfAbsent(workbenchPage, p -> p.open(contexts.apply(Optional.empty())));
        root.getChildren().setAll(view.root());
        showingWorkbench = true;
        view.shown();
    }

    /** Shows the workload's pages as tabs, the first one chosen. */
    void showWorkload(OpenWorkload opened) {
        if (opened == workload) {
            return;
        }
        leaveWorkload();
        workload = opened;
        tabPane = new TabPane();
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabPane.getStyleClass().add("review-tabs");
        for (Page page : workloadPages) {
            Tab tab = new Tab(page.title(), new Label(""));
            tab.setGraphic(Icons.of(page.icon()));
            tab.setId("tab-" + page.id());
            tab.setUserData(page);
            tabs.add(tab);
        }
        tabPane.getTabs().setAll(tabs);
        tabPane.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                openTab(now);
            }
        });
        openTab(tabs.get(0));
        root.getChildren().setAll(tabPane);
        showingWorkbench = false;
    }

    /** Brings the page on screen if it can be shown now; false when the key has nothing to do. */
    boolean select(Page page) {
        if (workload == null) {
            return false;
        }
        tabs.stream().filter(t -> t.getUserData() == page).findFirst()
                .ifPresent(t -> tabPane.getSelectionModel().select(t));
        return true;
    }

    /** The keys of the page on screen. */
    boolean handleKey(KeyEvent event) {
        return current().map(v -> v.handleKey(event)).orElse(false);
    }

    /** Hands what the pages still hold (notes being typed) to the saver. */
    void flush() {
        workloadViews.values().forEach(PageView::flush);
        workbenchViews.values().forEach(PageView::flush);
    }

    private Optional<PageView> current() {
        if (showingWorkbench) {
            return Optional.ofNullable(workbenchViews.get(workbenchPage));
        }
        if (tabPane == null) {
            return Optional.empty();
        }
        Tab selected = tabPane.getSelectionModel().getSelectedItem();
        return Optional.ofNullable(selected).map(t -> workloadViews.get((Page) t.getUserData()));
    }

    private void openTab(Tab tab) {
        Page page = (Page) tab.getUserData();
        if (!workloadViews.containsKey(page)) {
            PageView view = page.open(contexts.apply(Optional.of(workload)));
            workloadViews.put(page, view);
            tab.setContent(view.root());
        }
        workloadViews.get(page).shown();
    }

    private void leaveWorkload() {
        workloadViews.values().forEach(PageView::flush);
        workloadViews.clear();
        tabs.clear();
        tabPane = null;
        workload = null;
    }
}
