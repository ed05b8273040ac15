package org.plainpolicy.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The concepts of shared vocabularies that a purpose or a category of data may name: the purposes
 * of DPV 2.2 and the personal data of its PD extension, and the data uses and data categories of
 * the fideslang default taxonomy. Each list is a data file of this package that names its source.
 */
public final class Vocabularies {

    private static final String BASE = "/org/plainpolicy/registry/";

    /** {@code dpv:} on a purpose: ServiceProvision, Marketing… */
    public static final List<String> DPV_PURPOSES = read("dpv-purposes.txt");
    /** {@code pd:} on a category of data: EmailAddress, Name… */
    public static final List<String> DPV_PERSONAL_DATA = read("dpv-personal-data.txt");
    /** {@code fides:} on a purpose: essential.service.payment_processing… */
    public static final List<String> FIDES_DATA_USES = read("fides-data-uses.txt");
    /** {@code fides:} on a category of data: user.contact.email… */
    public static final List<String> FIDES_DATA_CATEGORIES = read("fides-data-categories.txt");
    /** {@code fides:} on a group of people: customer, employee… */
    public static final List<String> FIDES_DATA_SUBJECTS = read("fides-data-subjects.txt");

    private Vocabularies() {
    }

    private static List<String> read(String name) {
        try (InputStream in = Vocabularies.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("the registry file " + name + " is missing from the tool");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
