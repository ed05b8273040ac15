package org.plainpolicy.render;

/** One version in the Atom feed: a stable id (the version's address), its dates and links. */
public record FeedEntry(String id, String title, String updated, String versionUrl, String changesUrl,
                        String summary) {
}
