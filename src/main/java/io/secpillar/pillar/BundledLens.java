package io.secpillar.pillar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Security-pillar lens shipped inside the application, with our guidance beside it. */
public final class BundledLens {

    public static final String ALIAS = "secpillar-security";
    static final String LENS_RESOURCE = "security-pillar.lens.json";
    static final String GUIDANCE_RESOURCE = "security-pillar.guidance.json";

    private static volatile LoadedLens cached;

    private BundledLens() {
    }

    /** Loads and validates the bundled lens once; a broken bundle is a build defect, hence unchecked. */
    public static LoadedLens load() {
        LoadedLens lens = cached;
        if (lens == null) {
            synchronized (BundledLens.class) {
                if (cached == null) {
                    cached = read();
                }
                lens = cached;
            }
        }
        return lens;
    }

    private static LoadedLens read() {
        byte[] lensBytes = resource(LENS_RESOURCE);
        LensReadResult result = new LensReader().read(lensBytes);
        Lens lens = result.lens().orElseThrow(() ->
                new IllegalStateException("the bundled lens is invalid: " + result.errors()));
        String guidanceJson = new String(resource(GUIDANCE_RESOURCE), StandardCharsets.UTF_8);
        LensGuidance guidance = new LensGuidanceReader().read(guidanceJson);
        String version = guidance.lensVersion().orElseThrow(() ->
                new IllegalStateException("the bundled lens guidance has no lensVersion"));
        return new LoadedLens(new LensRef(ALIAS, version), LoadedLens.Origin.BUNDLED, lens, guidance,
                new String(lensBytes, StandardCharsets.UTF_8), guidanceJson);
    }

    private static byte[] resource(String name) {
        try (InputStream in = BundledLens.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
