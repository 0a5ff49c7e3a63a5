package io.secpillar.pillar;

/** Names one edition of a lens: the alias stays across versions, the version pins the exact content. */
public record LensRef(String alias, String version) {
    @Override
    public String toString() {
        return alias + "@" + version;
    }
}
