package io.secpillar.evidence.aws;

import io.secpillar.evidence.scan.ProfileInfo.Kind;
import io.secpillar.evidence.scan.ProfileInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Listing profiles the way the AWS CLI does, from explicit files, without ever showing a secret. */
class ProfileCatalogTest {

    static final String SECRET = "s3cr3tKEYvalueTHATmustNEVERshow";
    static final String TOKEN = "FwoGZXIvYXdzEXAMPLESESSIONTOKEN";

    @TempDir
    Path dir;

    @Test
    void listsEveryKindOfProfileFromBothFiles() throws Exception {
        Files.writeString(dir.resolve("config"), """
                [default]
                region = eu-west-1

                [profile base]
                region = eu-central-1

                [profile audit]
                role_arn = arn:aws:iam::111122223333:role/Audit
                source_profile = base
                external_id = client-shared-id-42
                mfa_serial = arn:aws:iam::999988887777:mfa/consultant
                region = eu-central-1

                [profile ci]
                role_arn = arn:aws:iam::111122223333:role/Reader
                credential_source = Environment

                [profile sso-new]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = SecurityAudit
                region = us-east-1

                [profile sso-legacy]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-west-1
                sso_account_id = 444455556666
                sso_role_name = ReadOnly

                [profile vault]
                credential_process = /usr/local/bin/aws-vault export --format=json --secret=%s

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-west-1
                """.formatted(SECRET));
        Files.writeString(dir.resolve("credentials"), """
                [default]
                aws_access_key_id = AKIADEFAULT000000001
                aws_secret_access_key = %s

                [base]
                aws_access_key_id = AKIABASE000000000001
                aws_secret_access_key = %s
                aws_session_token = %s

                [only-in-credentials]
                aws_access_key_id = AKIAONLYCREDS0000001
                aws_secret_access_key = %s
                """.formatted(SECRET, SECRET, TOKEN, SECRET));

        List<ProfileInfo> profiles = catalog(Optional.empty()).profiles();

        assertThat(profiles).extracting(ProfileInfo::name).containsExactly("audit", "base", "ci", "default",
                "only-in-credentials", "sso-legacy", "sso-new", "vault");
        assertThat(profiles).extracting(ProfileInfo::kind).containsExactly(Kind.ASSUME_ROLE, Kind.STATIC_KEYS,
                Kind.ASSUME_ROLE, Kind.STATIC_KEYS, Kind.STATIC_KEYS, Kind.SSO, Kind.SSO, Kind.CREDENTIAL_PROCESS);
        Map<String, ProfileInfo> byName = profiles.stream()
                .collect(java.util.stream.Collectors.toMap(ProfileInfo::name, p -> p));
        assertThat(byName.get("audit").description())
                .isEqualTo("assumes arn:aws:iam::111122223333:role/Audit via profile base (external id, MFA)");
        assertThat(byName.get("ci").description())
                .isEqualTo("assumes arn:aws:iam::111122223333:role/Reader via Environment");
        assertThat(byName.get("base").description()).isEqualTo("temporary access keys (with a session token) in the file");
        assertThat(byName.get("default").description()).isEqualTo("access keys in the file");
        assertThat(byName.get("sso-new").description())
                .isEqualTo("IAM Identity Center: role SecurityAudit in account 111122223333 (session corp)");
        assertThat(byName.get("sso-legacy").description()).isEqualTo(
                "IAM Identity Center: role ReadOnly in account 444455556666 (https://corp.awsapps.com/start)");
        assertThat(byName.get("vault").description()).isEqualTo("credentials from the command aws-vault");
        assertThat(byName.get("default").region()).contains("eu-west-1");
        assertThat(byName.get("sso-legacy").region()).isEmpty();
        assertThat(profiles.toString()).doesNotContain(SECRET, TOKEN, "client-shared-id-42", "AKIA");
    }

    @Test
    void theSelectedProfileIsTheDefaultElseTheProfileNamedDefault() throws Exception {
        Files.writeString(dir.resolve("config"), "[default]\nregion = eu-west-1\n[profile work]\nregion = us-east-1\n");

        assertThat(catalog(Optional.of("work")).defaultProfile()).contains("work");
        assertThat(catalog(Optional.empty()).defaultProfile()).contains("default");
        Files.writeString(dir.resolve("config"), "[profile work]\nregion = us-east-1\n");
        assertThat(catalog(Optional.empty()).defaultProfile()).isEmpty();
    }

    @Test
    void awsProfileAndTheFileVariablesAreReadLikeTheCli() {
        Properties props = new Properties();
        props.setProperty("user.home", "/home/ignored");
        AwsConfigLocations fromEnv = AwsConfigLocations.from(Map.of("HOME", "/home/consultant",
                "AWS_CONFIG_FILE", "~/work/aws-config", "AWS_SHARED_CREDENTIALS_FILE", "/secure/creds",
                "AWS_PROFILE", "client-a", "AWS_SECRET_ACCESS_KEY", SECRET, "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9"),
                props);

        assertThat(fromEnv.configFile()).isEqualTo(Path.of("/home/consultant/work/aws-config"));
        assertThat(fromEnv.credentialsFile()).isEqualTo(Path.of("/secure/creds"));
        assertThat(fromEnv.selectedProfile()).contains("client-a");
        assertThat(fromEnv.ssoCacheDirectory()).isEqualTo(Path.of("/home/consultant/.aws/sso/cache"));
        assertThat(fromEnv.environment()).containsOnlyKeys("AWS_ENDPOINT_URL_S3");
        assertThat(fromEnv.toString()).doesNotContain(SECRET);

        AwsConfigLocations defaults = AwsConfigLocations.from(Map.of(), props);
        assertThat(defaults.configFile()).isEqualTo(Path.of("/home/ignored/.aws/config"));
        assertThat(defaults.credentialsFile()).isEqualTo(Path.of("/home/ignored/.aws/credentials"));
        assertThat(defaults.selectedProfile()).isEmpty();
    }

    @Test
    void missingFilesMeanNoProfiles() {
        assertThat(catalog(Optional.empty()).profiles()).isEmpty();
    }

    @Test
    void aMalformedFileGetsAMessageWithTheLineButNotItsContent() throws Exception {
        Files.writeString(dir.resolve("credentials"), """
                [default]
                aws_access_key_id = AKIADEFAULT000000001
                %s
                """.formatted(SECRET));

        assertThatThrownBy(() -> catalog(Optional.empty()).profiles())
                .isInstanceOf(AwsProfileException.class)
                .hasMessage("The AWS credentials file " + dir.resolve("credentials") + " is not valid near line 3. "
                        + "Fix it (or run `aws configure`) and try again.")
                .hasNoCause();
    }

    @Test
    void anUnknownProfileNamesTheFilesLookedIn() {
        assertThatThrownBy(() -> catalog(Optional.empty()).info("nope"))
                .isInstanceOf(AwsProfileException.class)
                .hasMessageStartingWith("There is no AWS profile named \"nope\" in " + dir.resolve("config"));
    }

    @Test
    void editingAFileIsSeenOnTheNextListing() throws Exception {
        ProfileCatalog catalog = catalog(Optional.empty());
        Files.writeString(dir.resolve("config"), "[profile one]\nregion = eu-west-1\n");
        assertThat(catalog.profiles()).extracting(ProfileInfo::name).containsExactly("one");

        Files.writeString(dir.resolve("config"), "[profile one]\nregion = eu-west-1\n[profile two]\nregion = eu-west-2\n");

        assertThat(catalog.profiles()).extracting(ProfileInfo::name).containsExactly("one", "two");
    }

    private ProfileCatalog catalog(Optional<String> selected) {
        AwsConfigLocations locations = AwsConfigLocations.of(dir.resolve("config"), dir.resolve("credentials"),
                dir.resolve("sso"));
        return new ProfileCatalog(selected.map(locations::withSelectedProfile).orElse(locations));
    }
}
