package io.secpillar.ui.page;

import io.secpillar.ui.common.AnswerSaver;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * What a page is built with.
 *
 * @param workload     the open workload; present for workload pages, empty for workbench pages
 * @param saver        commits answers in the background, in order (its state is in the status bar)
 * @param reviewer     the name stamped on the answers the reviewer changes
 * @param openWorkload opens a workload's pages (by workload id)
 * @param openLink     shows a web page in the system's browser
 * @param workshop     presentation mode, the question timer and the reviewer's layout choices, shared by the pages
 */
public record PageContext(UiServices services, Optional<OpenWorkload> workload, AnswerSaver saver,
                          Supplier<String> reviewer, LongConsumer openWorkload, Consumer<String> openLink,
                          Workshop workshop) {

    /** The open workload, for pages of {@link Page.Scope#WORKLOAD}. */
    public OpenWorkload requireWorkload() {
        return workload.orElseThrow(() -> new IllegalStateException("no workload is open"));
    }
}
