package org.plainpolicy.render;

/** A line of the archive page: one version, newest first. */
public record ArchiveEntry(String id, String effective, String announced, String status, String statusText,
                           String href, String changesHref, String readabilityHref, String pdfHref) {
}
