package org.plainpolicy.cli;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"plainpolicy " + (version == null ? "(development build)" : version)};
    }
}
