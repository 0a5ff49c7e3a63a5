package io.secpillar.selfcheck;

import io.secpillar.evidence.CheckMapping;
import io.secpillar.pillar.BundledLens;
import io.secpillar.pillar.LensReadResult;
import io.secpillar.pillar.LensReader;
import io.secpillar.pillar.LoadedLens;

import java.io.IOException;
import java.io.InputStream;

/** The bundled lens read and validated as an imported one would be (Jackson), its guidance, the check mapping. */
final class LensStep implements SelfCheck.Step {

    private static final String LENS = "/io/secpillar/pillar/security-pillar.lens.json";

    @Override
    public String name() {
        return "lens";
    }

    @Override
    public String run(java.nio.file.Path scratch) throws IOException {
        byte[] bytes;
        try (InputStream in = LensStep.class.getResourceAsStream(LENS)) {
            if (in == null) {
                throw new IllegalStateException("the bundled lens " + LENS + " is not in the application");
            }
            bytes = in.readAllBytes();
        }
        LensReadResult result = new LensReader().read(bytes);
        if (!result.isValid()) {
            throw new IllegalStateException("the bundled lens is invalid: " + result.errors());
        }
        LoadedLens loaded = BundledLens.load();
        int practices = loaded.lens().questions().stream().mapToInt(q -> q.bestPractices().size()).sum();
        int mapped = CheckMapping.bundled().asMap().size();
        return String.format("%s %s valid: %d questions, %d best practices; %d practices mapped to checks",
                loaded.ref().alias(), loaded.ref().version(), loaded.lens().questions().size(), practices, mapped);
    }
}
