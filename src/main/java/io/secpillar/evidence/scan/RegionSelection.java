package io.secpillar.evidence.scan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The regions a scan should cover: a list the user typed, or every region enabled for each account. */
public record RegionSelection(boolean allEnabled, List<String> regions) {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}");

    public RegionSelection {
        regions = List.copyOf(regions);
    }

    public static RegionSelection all() {
        return new RegionSelection(true, List.of());
    }

    public static RegionSelection of(List<String> regions) {
        return new RegionSelection(false, regions.stream().map(r -> r.strip().toLowerCase(Locale.ROOT))
                .filter(r -> !r.isEmpty()).distinct().toList());
    }

    /** Parses "all" or a comma-separated list such as "eu-central-1, eu-west-1". */
    public static RegionSelection parse(String text) {
        String t = text == null ? "" : text.strip();
        return t.equalsIgnoreCase("all") ? all() : of(Arrays.asList(t.split("[,\\s]+")));
    }

    public static boolean looksLikeRegion(String region) {
        return REGION.matcher(region).matches();
    }
}
