package io.secpillar.assessment.port;

import io.secpillar.pillar.LensRef;
import io.secpillar.pillar.LoadedLens;

import java.util.List;
import java.util.Optional;

/** Keeps every lens edition a review uses, so a review reopens with exactly its lens. */
public interface LensRepository {

    /** The source texts of a stored lens edition. */
    record StoredLens(LensRef ref, LoadedLens.Origin origin, String name, String lensJson, String guidanceJson) { }

    /** Stores the edition unless it is already there. */
    void save(LoadedLens lens);

    Optional<StoredLens> find(LensRef ref);

    List<StoredLens> findAll();
}
