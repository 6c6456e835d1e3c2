package io.tributary.server;

import java.io.PrintStream;

/** Test access to the package-private {@link ImportCommand#run}. */
public final class ImportCommandAccess {
    private ImportCommandAccess() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return ImportCommand.run(args, out, err);
    }
}
