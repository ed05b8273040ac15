package org.plainpolicy.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version file: what was published on one date in one language, complete on its own.
 * Text fields are CommonMark. Keys that the GDPR requires are optional here so that the
 * validator, not the loader, reports their absence with the article that asks for them.
 * {@code sha256} is the digest of the file's bytes as read: what an app records with the version a
 * person accepted.
 */
public record PolicyVersion(
        VersionKey key,
        Path file,
        Optional<LocalDate> announced,
        boolean material,
        Optional<String> noticeWaived,
        Optional<String> title,
        Optional<String> intro,
        List<String> changes,
        List<Controller> controllers,
        Optional<Contact> representative,
        Optional<Dpo> dpo,
        List<AuthorityRef> supervisoryAuthorities,
        List<DataSubject> dataSubjects,
        List<PersonalData> personalData,
        List<Purpose> purposes,
        List<Recipient> recipients,
        List<Transfer> transfers,
        List<AutomatedDecision> automatedDecisions,
        List<Profiling> profiling,
        List<Cookie> cookies,
        Optional<Rights> rights,
        Optional<String> security,
        Optional<Integer> childrenMinimumAge,
        List<GlossaryEntry> glossary,
        List<FreeSection> sections,
        String sha256,
        Origin origin) implements Dated {

    public PolicyVersion {
        changes = List.copyOf(changes);
        controllers = List.copyOf(controllers);
        supervisoryAuthorities = List.copyOf(supervisoryAuthorities);
        dataSubjects = List.copyOf(dataSubjects);
        personalData = List.copyOf(personalData);
        purposes = List.copyOf(purposes);
        recipients = List.copyOf(recipients);
        transfers = List.copyOf(transfers);
        automatedDecisions = List.copyOf(automatedDecisions);
        profiling = List.copyOf(profiling);
        cookies = List.copyOf(cookies);
        glossary = List.copyOf(glossary);
        sections = List.copyOf(sections);
    }

    /**
     * The groups whose data {@code purpose} uses: those it names, or every group when it names none.
     * Names that match no group are left out (the validator reports them).
     */
    public List<DataSubject> dataSubjectsOf(Purpose purpose) {
        return subjects(purpose.dataSubjects());
    }

    /** The groups {@code data} is held about: those it names, or every group when it names none. */
    public List<DataSubject> dataSubjectsOf(PersonalData data) {
        return subjects(data.dataSubjects());
    }

    private List<DataSubject> subjects(List<Reference> named) {
        if (named.isEmpty()) {
            return dataSubjects;
        }
        return dataSubjects.stream().filter(s -> named.stream().anyMatch(ref -> ref.id().equals(s.id()))).toList();
    }
}
