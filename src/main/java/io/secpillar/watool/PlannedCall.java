package io.secpillar.watool;

/**
 * One call a push will make, in order, as the dry run prints it and the dialog lists it.
 *
 * @param when empty when the call is always made; otherwise the condition, e.g. "if no workload has that name"
 */
public record PlannedCall(WaOperation operation, String what, String when) {

    @Override
    public String toString() {
        return operation.apiName() + (operation.writes() ? " [write]" : " [read] ") + "  " + what
                + (when.isEmpty() ? "" : "  (" + when + ")");
    }
}
