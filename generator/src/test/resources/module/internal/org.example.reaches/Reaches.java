package org.example.reaches;

import org.plainpolicy.load.PolicyLoader;

/** A program that reaches into a stage of the generator, which the module does not export. */
public final class Reaches {

    public static void main(String[] args) {
        new PolicyLoader();
    }
}
