package io.secpillar.evidence.aws;

import io.secpillar.evidence.scan.ProfileInfo;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The profiles of the shared config and credentials files, as the AWS CLI lists them, described without
 * secrets. This is the {@code profiles()} half of {@link AwsAccess}.
 */
public final class ProfileCatalog {

    private final ProfileFiles files;

    public ProfileCatalog(AwsConfigLocations locations) {
        this(new ProfileFiles(locations));
    }

    ProfileCatalog(ProfileFiles files) {
        this.files = files;
    }

    /** Every profile, sorted by name. A malformed file fails with an {@link AwsProfileException}. */
    public List<ProfileInfo> profiles() {
        return files.current().profiles().values().stream()
                .sorted(Comparator.comparing(Profile::name))
                .map(ProfileCatalog::info)
                .toList();
    }

    /** The profile the CLI would use without --profile: the selected one (AWS_PROFILE), else "default". */
    public Optional<String> defaultProfile() {
        Optional<String> selected = files.locations().selectedProfile();
        if (selected.isPresent()) {
            return selected;
        }
        return files.current().profile("default").map(Profile::name);
    }

    /** One profile, or a message that names the files looked in. */
    public ProfileInfo info(String name) {
        return info(require(name));
    }

    Profile require(String name) {
        return find(files.current(), name);
    }

    Profile find(ProfileFile file, String name) {
        return file.profile(name).orElseThrow(() -> new AwsProfileException(name, "There is no AWS profile named \""
                + name + "\" in " + files.locations().configFile() + " or "
                + files.locations().credentialsFile() + "."));
    }

    ProfileFiles files() {
        return files;
    }

    private static ProfileInfo info(Profile profile) {
        return new ProfileInfo(profile.name(), ProfileKinds.of(profile),
                profile.property(ProfileKinds.REGION).filter(r -> !r.isBlank()), ProfileDescriptions.describe(profile));
    }
}
