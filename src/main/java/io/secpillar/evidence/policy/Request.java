package io.secpillar.evidence.policy;

/** One request the analyzer tries against a policy; {@code resource} is null for a trust policy's AssumeRole. */
record Request(Caller caller, String action, String resource, Context context) {

    Request withContext(Context complete) {
        return new Request(caller, action, resource, complete);
    }

    String describe() {
        String ctx = context.toString();
        return action + (resource == null ? "" : " on " + resource) + " by " + caller.description()
                + (ctx.isEmpty() ? "" : " (" + ctx + ")");
    }
}
