package org.plainpolicy.model;

/** An id that points at another item of the same file, with where it was written. */
public record Reference(String id, Position at) {
}
