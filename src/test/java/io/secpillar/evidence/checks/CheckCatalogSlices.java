package io.secpillar.evidence.checks;

import io.secpillar.evidence.Check;

import java.util.List;
import java.util.Set;

/** The registered checks of some services, picked from the catalog by the package their class lives in. */
public final class CheckCatalogSlices {

    private CheckCatalogSlices() {
    }

    /** e.g. {@code of("ec2")} for every registration of a class in io.secpillar.evidence.checks.ec2. */
    public static List<Check<?>> of(String... services) {
        Set<String> packages = Set.of(services);
        return CheckCatalog.all().stream().filter(c -> packages.contains(service(c))).toList();
    }

    static String service(Check<?> check) {
        String name = check.getClass().getPackageName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
