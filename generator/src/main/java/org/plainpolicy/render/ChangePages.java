package org.plainpolicy.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.plainpolicy.model.Contact;
import org.plainpolicy.model.PolicyProject;
import org.plainpolicy.model.PolicyVersion;
import org.plainpolicy.model.VersionFile;
import org.plainpolicy.model.VersionSummary;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.diff.Change;
import org.plainpolicy.diff.ChangeKind;
import org.plainpolicy.diff.Differ;
import org.plainpolicy.diff.ChangeList;
import org.plainpolicy.diff.ChangeSentences;
import org.plainpolicy.validate.plain.PlainText;

/**
 * The files that tell people what changed (spec section 7): for each version that has one before
 * it in its language, a changes page (the change list, then the redline); for each material one,
 * the notice e-mail as text and HTML; and per language an Atom feed of every version. Only
 * neighbours are compared, so the work grows with the number of versions, not its square.
 */
public final class ChangePages {

    private final Differ differ;
    private final Markdown markdown = new Markdown();
    private final VersionViews views;

    public ChangePages(Registry registry) {
        this.differ = new Differ(registry);
        this.views = new VersionViews(registry, markdown);
    }

    /**
     * Renders the changes pages, notices and feeds, handing each file to {@code sink} as soon as it is
     * made; versions in parallel, so {@code sink} must be safe for that.
     */
    public void render(PolicyProject project, Theme theme, LocalDate today, Consumer<OutputFile> sink) {
        for (String language : LanguageSite.languages(project)) {
            LanguageSite site = new LanguageSite(project, theme, language, today);
            site.versions().parallelStream().forEach(v -> renderVersion(site, v, sink));
            sink.accept(feed(site));
        }
    }

    /** The changes page of one version, and its notice when it is material; nothing for a first version. */
    public void renderVersion(LanguageSite site, VersionFile file, Consumer<OutputFile> sink) {
        site.previous(file).ifPresent(previous -> {
            PolicyProject project = site.project();
            PolicyVersion v = project.model(file);
            ChangeList changes = differ.compare(project.model(previous), v);
            sink.accept(changesPage(site, changes));
            if (v.material()) {
                notice(site, changes).forEach(sink);
            }
        });
    }

    private OutputFile changesPage(LanguageSite site, ChangeList list) {
        Messages msg = site.messages();
        PolicyVersion v = list.to();
        String path = site.paths().changes(site.language(), v.id());
        ChangeSentences sentences = new ChangeSentences(msg);
        String versionHref = SitePaths.relative(path, site.paths().version(site.language(), v.id()));
        List<ChangesView.Group> groups = new ArrayList<>();
        for (ChangeKind.Weight weight : ChangeKind.Weight.values()) {
            List<ChangesView.Line> lines = list.weighing(weight).stream()
                    .map(c -> new ChangesView.Line(sentences.sentence(c), versionHref + "#" + c.anchor())).toList();
            if (!lines.isEmpty()) {
                groups.add(new ChangesView.Group(weight.name().toLowerCase(Locale.ROOT), msg.get(weight.heading()), lines));
            }
        }
        ChangesView view = new ChangesView(v.id(), msg.date(v.effective()), msg.date(list.from().effective()),
                SitePaths.relative(path, site.paths().version(site.language(), v.id())),
                SitePaths.relative(path, site.paths().version(site.language(), list.from().id())),
                list.editorNotes().stream().map(markdown::inline).toList(), groups, redline(site, path, list));
        PageView page = site.page(path, msg.format("changes.page.title", view.effective()), l -> site.project()
                .version(v.effective(), l).filter(other -> site.project().previous(other).isPresent())
                .map(other -> site.paths().changes(l, v.id())), List.of());
        return site.render(path, "changes.vm", page, Map.of("c", view));
    }

    /**
     * The redline, section by section: each version's page as the reader reads it, its sections
     * compared block by block. A section the new version no longer has comes last, removed.
     */
    private List<ChangesView.Section> redline(LanguageSite site, String path, ChangeList list) {
        Messages msg = site.messages();
        String newPage = SitePaths.relative(path, site.paths().version(site.language(), list.to().id()));
        String oldPage = SitePaths.relative(path, site.paths().version(site.language(), list.from().id()));
        Map<String, Element> before = sections(site, path, list.from());
        Map<String, Element> after = sections(site, path, list.to());
        RedlineBlocks oldBlocks = new RedlineBlocks(href -> href.startsWith("#") ? oldPage + href : href);
        RedlineBlocks newBlocks = new RedlineBlocks(href -> href.startsWith("#") ? newPage + href : href);
        Redline redline = new Redline(msg);
        List<ChangesView.Section> sections = new ArrayList<>();
        for (Map.Entry<String, Element> now : after.entrySet()) {
            List<RedlineBlocks.Block> old = Optional.ofNullable(before.get(now.getKey())).map(oldBlocks::of)
                    .orElse(List.of());
            List<RedlineBlocks.Block> blocks = newBlocks.of(now.getValue());
            boolean changed = !keys(old).equals(keys(blocks));
            sections.add(new ChangesView.Section(now.getKey(), title(now.getValue(), msg), changed,
                    changed ? redline.of(old, blocks) : Html.EMPTY));
        }
        before.forEach((id, gone) -> {
            if (!after.containsKey(id)) {
                sections.add(new ChangesView.Section(id, title(gone, msg), true, redline.of(oldBlocks.of(gone), List.of())));
            }
        });
        return sections;
    }

    private static List<String> keys(List<RedlineBlocks.Block> blocks) {
        return blocks.stream().map(RedlineBlocks.Block::key).toList();
    }

    private static String title(Element section, Messages msg) {
        Element h2 = section.selectFirst("h2");
        return h2 == null ? msg.get("section.intro") : h2.text();
    }

    /** The parts of a version's page, by id, in its order: the introduction, then each section. */
    private Map<String, Element> sections(LanguageSite site, String path, PolicyVersion v) {
        VersionView view = views.build(v, site.messages(), LanguageSite.CURRENT, Optional.empty(), "", "");
        OutputFile article = site.renderFile(path, "version.vm", Map.of("v", view, "lang", v.language()));
        Document page = Jsoup.parseBodyFragment(new String(article.content(), StandardCharsets.UTF_8));
        Map<String, Element> sections = new LinkedHashMap<>();
        Element intro = page.selectFirst(".policy-header .intro");
        sections.put("intro", intro == null ? new Element("div") : intro);
        for (Element section : page.select("section.policy-section[id]")) {
            sections.put(section.id(), section);
        }
        return sections;
    }

    private List<OutputFile> notice(LanguageSite site, ChangeList list) {
        Messages msg = site.messages();
        PolicyVersion v = list.to();
        ChangeSentences sentences = new ChangeSentences(msg);
        // An e-mail stays short and says only what people must be told of: the editor's own summary when
        // there is one, else what needs notice (or, when nothing does, the other changes), never wording alone.
        List<Change> told = list.weighing(ChangeKind.Weight.NOTICE).isEmpty() ? list.weighing(ChangeKind.Weight.OTHER)
                : list.weighing(ChangeKind.Weight.NOTICE);
        List<String> computed = told.isEmpty() ? List.of(msg.get("changes.list.none")) : sentences.sentences(told);
        List<String> items = list.editorNotes().isEmpty() ? computed
                : list.editorNotes().stream().map(PlainText::of).toList();
        List<Html> htmlItems = list.editorNotes().isEmpty()
                ? items.stream().map(s -> new Html(HtmlEscaper.escape(s))).toList()
                : list.editorNotes().stream().map(markdown::inline).toList();
        String contact = v.rights().flatMap(r -> r.contact())
                .or(() -> v.controllers().stream().flatMap(c -> c.contact().email().stream()).findFirst()).orElse("");
        NoticeView view = new NoticeView(msg.format("notice.subject", msg.date(v.effective())), msg.date(v.effective()),
                site.project().site().name().orElse(""), contact,
                site.absolute(site.paths().changes(site.language(), v.id())),
                site.absolute(site.paths().version(site.language(), v.id())), items, htmlItems);
        return List.of(
                site.renderFile(site.paths().notice(site.language(), v.id(), "txt"), "notice.txt.vm", Map.of("n", view)),
                site.renderFile(site.paths().notice(site.language(), v.id(), "html"), "notice.html.vm",
                        Map.of("n", view)));
    }

    /** The Atom feed of one language: every version, from what the archive keeps of each. */
    public OutputFile feed(LanguageSite site) {
        Messages msg = site.messages();
        List<FeedEntry> entries = new ArrayList<>();
        for (VersionFile file : site.versions()) {
            VersionSummary v = site.project().summary(file);
            // The editor's own summary; the full list is one link away, and the feed needs no diff of its own.
            String summary = site.previous(file).isEmpty() ? msg.get("changes.first")
                    : v.changes().isEmpty() ? msg.format("feed.summary", msg.date(file.effective()))
                    : String.join(" ", v.changes().stream().map(PlainText::of).toList());
            entries.add(new FeedEntry(site.absolute(site.paths().version(site.language(), file.id())),
                    msg.format("feed.entry", msg.date(file.effective())),
                    v.announced().orElse(file.effective()) + "T00:00:00Z",
                    site.absolute(site.paths().version(site.language(), file.id())),
                    site.changesPage(file).map(site::absolute).orElse(""), summary));
        }
        entries.sort(Comparator.comparing(FeedEntry::updated).thenComparing(FeedEntry::id).reversed());
        String updated = entries.stream().map(FeedEntry::updated).max(String::compareTo).orElse("");
        String path = site.paths().feed(site.language());
        return site.renderFile(path, "feed.xml.vm", Map.of(
                "feedId", site.absolute(path),
                "feedTitle", msg.format("feed.title", site.project().site().name().orElse("")),
                "home", site.absolute(site.paths().current(site.language())),
                "language", site.language(),
                "author", site.project().site().name().orElse(""),
                "updated", updated,
                "entries", entries));
    }
}
