package io.secpillar.app;

/** The workbench version, read from the jar manifest (development builds say "dev"). */
public final class Version {

    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
