package org.plainpolicy.model;

import java.util.Optional;

/** A section the policy adds of its own, placed after a standard section or another free one. */
public record FreeSection(String id, String title, String body, Optional<String> after, Origin origin) {
}
