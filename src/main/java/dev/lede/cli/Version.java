package dev.lede.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest, so it is stated in one place (the pom). */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"lede " + (v == null ? "dev" : v)};
    }
}
