package io.secpillar.ui;

import io.secpillar.ui.evidence.EvidencePage;
import io.secpillar.ui.page.Page;
import io.secpillar.ui.questionnaire.QuestionsPage;
import io.secpillar.ui.workloads.WorkloadsPage;

import java.util.List;

/**
 * Every screen of the window, in order: the workbench pages (shown when no workload is open) and the tabs of an
 * open workload. The window's tabs, app-bar buttons, shortcuts and help dialog are made from this list; a new
 * screen is one {@link Page} and one line here (see CONTRIBUTING.md, "Adding a screen").
 */
public final class Pages {

    public static final List<Page> ALL = List.of(
            new WorkloadsPage(),
            new QuestionsPage(),
            new EvidencePage());

    private Pages() {
    }
}
