package no.hjelperjournal.cli;

import java.util.Optional;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        var version = Optional.ofNullable(RootCommand.class.getPackage().getImplementationVersion())
                .orElse("development build");
        return new String[] {"Hjelperjournal " + version};
    }
}
