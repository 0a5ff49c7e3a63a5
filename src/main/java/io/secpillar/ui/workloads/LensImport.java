package io.secpillar.ui.workloads;

import io.secpillar.pillar.LensProblem;
import io.secpillar.ui.common.Dialogs;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.List;

/**
 * Adds a custom lens from a file: read and validated in the background; a file with errors is refused with
 * the whole list of problems and nothing changes.
 */
final class LensImport {

    private final WorkloadsViewModel model;

    LensImport(WorkloadsViewModel model) {
        this.model = model;
    }

    void chooseAndImport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add a custom lens (AWS Well-Architected custom lens JSON)");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Lens JSON", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            importFile(owner, file);
        }
    }

    void importFile(Window owner, File file) {
        model.importLens(file.toPath(), result -> {
            List<String> lines = result.problems().stream().map(LensImport::line).toList();
            if (result.lens().isEmpty()) {
                Dialogs.problems(owner, "The lens was not added", file.getName() + " has " + lines.size()
                        + (lines.size() == 1 ? " problem" : " problems") + ". Nothing was changed.", lines);
            } else {
                String name = result.lens().get().lens().name();
                String more = lines.isEmpty() ? "" : "\n\nNotes:\n" + String.join("\n", lines);
                Dialogs.info(owner, "Lens added", "\"" + name + "\" can now be chosen when you create a workload." + more);
            }
        });
    }

    private static String line(LensProblem p) {
        return (p.isError() ? "Error  " : "Note   ") + p.path() + " — " + p.message();
    }
}
