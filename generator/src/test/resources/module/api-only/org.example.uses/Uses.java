package org.example.uses;

import java.nio.file.Path;
import org.plainpolicy.PlainPolicy;
import org.plainpolicy.SiteWriteException;
import org.plainpolicy.model.Finding;

/** What a program that uses Plain Policy as a library writes: the API alone. */
public final class Uses {

    public static void main(String[] args) throws SiteWriteException {
        PlainPolicy.CheckResult check = PlainPolicy.standard().check(Path.of(args[0]));
        for (Finding finding : check.findings()) {
            System.out.println(finding.message());
        }
    }
}
