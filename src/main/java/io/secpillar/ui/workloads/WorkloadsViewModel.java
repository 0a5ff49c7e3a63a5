package io.secpillar.ui.workloads;

import io.secpillar.assessment.WorkloadSummary;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Locale;

/** The workload list and its search; loading and editing happen in the view's background calls. */
public final class WorkloadsViewModel {

    private final ObservableList<WorkloadSummary> all = FXCollections.observableArrayList();
    private final FilteredList<WorkloadSummary> shown = new FilteredList<>(all, s -> true);
    private final StringProperty search = new SimpleStringProperty("");

    public WorkloadsViewModel() {
        search.addListener((obs, was, now) -> shown.setPredicate(s -> matches(s, now)));
    }

    public ObservableList<WorkloadSummary> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public void setAll(List<WorkloadSummary> summaries) {
        all.setAll(summaries);
    }


    /** Every word typed must appear in the name, client, description, environment, accounts or regions. */
    static boolean matches(WorkloadSummary s, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        var w = s.workload();
        String haystack = String.join(" ", w.name(), w.client(), w.description(), w.environment().label(),
                String.join(" ", w.accountIds()), String.join(" ", w.regions()), w.reviewOwner())
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
