package io.secpillar.cli;

import io.secpillar.app.Version;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"SecPillar Workbench " + Version.current()};
    }
}
