package io.secpillar.evidence.aws;

import software.amazon.awssdk.profiles.ProfileFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the config and credentials files into one SDK {@link ProfileFile} (credentials win, as in the CLI) and
 * re-reads them only when one of them changed on disk, so that editing ~/.aws/config or running
 * {@code aws configure} shows up without a restart.
 */
final class ProfileFiles {

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final AwsConfigLocations locations;
    private List<Object> loadedStamp = List.of();
    private ProfileFile loaded;

    ProfileFiles(AwsConfigLocations locations) {
        this.locations = locations;
    }

    AwsConfigLocations locations() {
        return locations;
    }

    /** The merged files as they are now; a malformed file fails with a message naming it and the line. */
    synchronized ProfileFile current() {
        List<Object> stamp = List.of(stamp(locations.configFile()), stamp(locations.credentialsFile()));
        if (loaded == null || !stamp.equals(loadedStamp)) {
            loaded = read();
            loadedStamp = stamp;
        }
        return loaded;
    }

    private ProfileFile read() {
        ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
        add(aggregator, locations.configFile(), ProfileFile.Type.CONFIGURATION, "config");
        add(aggregator, locations.credentialsFile(), ProfileFile.Type.CREDENTIALS, "credentials");
        return aggregator.build();
    }

    private static void add(ProfileFile.Aggregator aggregator, Path file, ProfileFile.Type type, String what) {
        if (!Files.isRegularFile(file)) {
            return; // like the CLI: a missing file simply has no profiles
        }
        try {
            aggregator.addFile(ProfileFile.builder().content(file).type(type).build());
        } catch (RuntimeException e) {
            // The SDK's parser names the line, never its content; we still keep only the number, since a broken
            // line in the credentials file may hold a key.
            Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
            String where = m.find() ? " near line " + m.group(1) : "";
            throw new AwsProfileException("", "The AWS " + what + " file " + file + " is not valid" + where
                    + ". Fix it (or run `aws configure`) and try again.", null);
        }
    }

    private static Object stamp(Path file) {
        try {
            return Files.isRegularFile(file)
                    ? Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file) : "absent";
        } catch (IOException e) {
            return "unreadable:" + Objects.hashCode(e.getMessage());
        }
    }
}
