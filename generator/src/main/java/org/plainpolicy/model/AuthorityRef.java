package org.plainpolicy.model;

/** The supervisory authority people may complain to: a registry id, or an authority described in full. */
public sealed interface AuthorityRef permits AuthorityRef.Registered, AuthorityRef.Described {

    Origin origin();

    /** An authority of the tool's registry, such as {@code cnil}. */
    record Registered(String id, Origin origin) implements AuthorityRef {
    }

    /** An authority the policy describes itself. */
    record Described(Contact contact, Origin origin) implements AuthorityRef {
    }
}
