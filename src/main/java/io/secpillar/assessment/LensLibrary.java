package io.secpillar.assessment;

import io.secpillar.assessment.port.LensRepository;
import io.secpillar.pillar.BundledLens;
import io.secpillar.pillar.Lens;
import io.secpillar.pillar.LensGuidance;
import io.secpillar.pillar.LensGuidanceReader;
import io.secpillar.pillar.LensProblem;
import io.secpillar.pillar.LensReadResult;
import io.secpillar.pillar.LensReader;
import io.secpillar.pillar.LensRef;
import io.secpillar.pillar.LoadedLens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lenses a review can use: the bundled Security lens and the custom lenses the user added.
 * A custom lens is identified by its name (alias) and the hash of its content (version).
 */
public final class LensLibrary {

    /** The outcome of adding a custom lens: the lens, or the problems that refused it. */
    public record ImportResult(Optional<LoadedLens> lens, List<LensProblem> problems) {
        public ImportResult {
            problems = List.copyOf(problems);
        }
    }

    private final LensRepository repository;
    private final Map<LensRef, LoadedLens> cache = new ConcurrentHashMap<>();

    public LensLibrary(LensRepository repository) {
        this.repository = repository;
    }

    public LoadedLens bundled() {
        LoadedLens lens = BundledLens.load();
        cache.putIfAbsent(lens.ref(), lens);
        return lens;
    }

    /** The bundled lens first, then every custom lens edition stored. */
    public List<LoadedLens> available() {
        List<LoadedLens> lenses = new ArrayList<>();
        lenses.add(bundled());
        for (LensRepository.StoredLens stored : repository.findAll()) {
            if (stored.origin() == LoadedLens.Origin.CUSTOM) {
                lenses.add(resolve(stored.ref()));
            }
        }
        return lenses;
    }

    /** The exact lens edition a review was made with. */
    public LoadedLens resolve(LensRef ref) {
        LoadedLens bundled = bundled();
        if (bundled.ref().equals(ref)) {
            return bundled;
        }
        return cache.computeIfAbsent(ref, r -> repository.find(r).map(this::fromStore).orElseThrow(() ->
                new IllegalStateException("The lens " + r + " is not in this data directory.")));
    }

    /** Makes sure the lens edition is stored before a review refers to it. */
    public void remember(LoadedLens lens) {
        repository.save(lens);
        cache.putIfAbsent(lens.ref(), lens);
    }

    /**
     * A lens edition carried from another data directory (a hand-over file): validated, stored and returned.
     * Throws IllegalArgumentException with the validator's words when the texts are not a valid lens.
     */
    public LoadedLens restore(LensRepository.StoredLens stored) {
        LoadedLens lens = validate(stored);
        remember(lens);
        return lens;
    }

    /** The lens edition those texts describe, validated but not stored. */
    public LoadedLens validate(LensRepository.StoredLens stored) {
        LoadedLens bundled = bundled();
        if (bundled.ref().equals(stored.ref())) {
            return bundled;
        }
        try {
            return fromStore(stored);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("its lens " + stored.ref() + " is not valid: " + e.getMessage(), e);
        }
    }

    /** Validates a lens file; when valid it is stored and returned, otherwise nothing changes. */
    public ImportResult importCustom(byte[] lensBytes) {
        LensReadResult result = new LensReader().read(lensBytes);
        if (result.lens().isEmpty()) {
            return new ImportResult(Optional.empty(), result.problems());
        }
        Lens lens = result.lens().get();
        LensRef ref = new LensRef(aliasFor(lens.name()), "sha256-" + shortHash(lensBytes));
        LoadedLens loaded = new LoadedLens(ref, LoadedLens.Origin.CUSTOM, lens, LensGuidance.none(),
                new String(lensBytes, StandardCharsets.UTF_8), "");
        remember(loaded);
        return new ImportResult(Optional.of(loaded), result.warnings());
    }

    private LoadedLens fromStore(LensRepository.StoredLens stored) {
        LensReadResult result = new LensReader().read(stored.lensJson().getBytes(StandardCharsets.UTF_8));
        Lens lens = result.lens().orElseThrow(() -> new IllegalStateException(
                "The stored lens " + stored.ref() + " no longer validates: " + result.errors()));
        LensGuidance guidance = stored.guidanceJson() == null || stored.guidanceJson().isBlank()
                ? LensGuidance.none() : new LensGuidanceReader().read(stored.guidanceJson());
        return new LoadedLens(stored.ref(), stored.origin(), lens, guidance, stored.lensJson(),
                stored.guidanceJson() == null ? "" : stored.guidanceJson());
    }

    static String aliasFor(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        return "custom-" + (slug.isEmpty() ? "lens" : slug);
    }

    private static String shortHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
