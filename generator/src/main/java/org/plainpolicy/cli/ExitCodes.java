package org.plainpolicy.cli;

/** The exit codes of spec section 8. */
final class ExitCodes {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
