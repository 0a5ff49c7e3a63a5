package io.secpillar.ui.evidence;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The MFA prompt as a small modal dialog. Safe to call from a background thread: it shows the dialog on the
 * JavaFX thread and waits (at most five minutes) for the six digits. The field masks the code.
 */
public final class MfaDialog implements MfaPrompt {

    private volatile Window owner;

    @Override
    public void attachTo(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> codeFor(String profile, String mfaSerial) {
        if (Platform.isFxApplicationThread()) {
            return ask(profile, mfaSerial);
        }
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(ask(profile, mfaSerial)));
        try {
            return answer.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    private Optional<String> ask(String profile, String mfaSerial) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle("MFA code for " + profile);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        PasswordField code = new PasswordField();
        code.setPromptText("6 digits");
        code.setId("mfa-code");
        dialog.getDialogPane().setContent(new VBox(8, new Label("Profile " + profile + " needs a code from " + mfaSerial
                + "."), code));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(code.textProperty().map(t -> !t.strip().matches("\\d{6}")));
        dialog.setResultConverter(b -> b == ButtonType.OK ? code.getText().strip() : null);
        return dialog.showAndWait();
    }
}
