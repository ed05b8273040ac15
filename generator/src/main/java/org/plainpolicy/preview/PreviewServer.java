package org.plainpolicy.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jsoup.nodes.Entities;
import org.plainpolicy.Preview;
import org.plainpolicy.Preview.Rebuild;
import org.plainpolicy.build.ProjectCheck;
import org.plainpolicy.model.Finding;
import org.plainpolicy.model.Severity;
import org.plainpolicy.registry.Registry;
import org.plainpolicy.render.ThemeException;

/**
 * The live preview: the site served from memory on the loopback address, rebuilt when a file of
 * the policy directory changes, and every open page told to reload over Server-Sent Events.
 *
 * <p>The JDK's own HTTP server ({@code jdk.httpserver}) is enough for one person's browser on one
 * machine: it keeps connections alive, and it adds no dependency, so nothing more can be wrong
 * with it than with the JDK. It is bound to 127.0.0.1 only, answers GET and HEAD only, refuses a
 * request whose Host is not the preview's own (a page of another site that points a name at
 * 127.0.0.1 cannot read it), and serves nothing but the files of the last build. It never writes
 * into the policy directory and records nothing in the lock.
 */
public final class PreviewServer implements Preview {

    /** Where an open page listens for rebuilds. */
    static final String EVENTS = "/_plainpolicy/events";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("xml", "application/atom+xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("jsonld", "application/ld+json"),
            Map.entry("yaml", "application/yaml; charset=utf-8"), Map.entry("pdf", "application/pdf"));

    /** How long the preview may spend at start compiling what an edit runs; an edit ends it sooner. */
    private static final Duration WARM_UP = Duration.ofSeconds(4);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "plainpolicy-preview-http");
        t.setDaemon(true);
        return t;
    });
    private final PreviewState state;
    private final SourceWatcher watcher;
    private final List<LinkedBlockingQueue<String>> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> hosts;

    private final Consumer<Rebuild> rebuilt;

    private PreviewServer(HttpServer server, PreviewState state, Path directory, Consumer<Rebuild> rebuilt)
            throws IOException {
        this.server = server;
        this.state = state;
        this.rebuilt = rebuilt;
        int port = server.getAddress().getPort();
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        this.watcher = new SourceWatcher(directory, this::rebuild);
    }

    /**
     * Builds the preview of {@code directory} once, then serves it on 127.0.0.1:{@code port}
     * ({@code 0}: a free port) until {@link #close()}, telling {@code rebuilt} of each rebuild.
     */
    public static PreviewServer start(ProjectCheck checker, Registry registry, Path directory, int port,
                                      LocalDate today, Consumer<Rebuild> rebuilt) throws IOException {
        PreviewState state = new PreviewState(checker, registry, directory, today);
        state.rebuild();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        PreviewServer preview = new PreviewServer(server, state, directory, rebuilt);
        server.start();
        preview.threads.execute(() -> state.warmUp(WARM_UP));
        return preview;
    }

    @Override
    public String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Override
    public List<Finding> findings() {
        return state.current().findings();
    }

    @Override
    public long generation() {
        return state.current().generation();
    }

    private void rebuild() {
        long start = System.nanoTime();
        try {
            PreviewState.Snapshot snapshot = state.rebuild();
            listeners.forEach(queue -> queue.offer(snapshot.event()));
            rebuilt.accept(new Rebuild(snapshot.generation(), snapshot.findings(),
                    Duration.ofNanos(System.nanoTime() - start)));
        } catch (RuntimeException e) {
            // A bug of the tool's, not of the policy: said once, and the preview keeps what it shows.
            System.err.println("plainpolicy: internal error while rebuilding the preview (" + e
                    + "); this is a bug in Plain Policy, not in your policy");
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD.\n"), false);
                return;
            }
            String host = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse("")
                    .toLowerCase(Locale.ROOT);
            if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress() || !hosts.contains(host)) {
                send(exchange, 403, "text/plain; charset=utf-8", bytes("Not for this host.\n"), head);
                return;
            }
            if (exchange.getRequestURI().getRawPath().equals(EVENTS) && !head) {
                events(exchange);
                return;
            }
            PreviewState.Snapshot snapshot = state.current();
            Optional<String> file = SitePath.of(exchange.getRequestURI().getRawPath());
            byte[] content;
            try {
                content = file.flatMap(snapshot::file).orElse(null);
            } catch (ThemeException e) {
                snapshot = snapshot.failing(e.findings());
                content = null;
            }
            if (content == null) {
                send(exchange, 404, TYPES.get("html"), PreviewPage.notFound(snapshot), head);
                return;
            }
            String name = file.get();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            if (name.endsWith(".html")) {
                content = PreviewPage.withPreview(content, snapshot);
            }
            send(exchange, 200, type, content, head);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    /** Server-Sent Events: the current generation at once, then each new one, until the page goes away. */
    private void events(HttpExchange exchange) throws IOException {
        LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            String event = state.current().event();
            while (true) {
                out.write(bytes("retry: 500\ndata: " + event + "\n\n"));
                out.flush();
                String next = queue.poll(15, TimeUnit.SECONDS);
                event = next == null ? state.current().event() : next;
            }
        } catch (IOException | InterruptedException e) {
            // The page went away, or the preview stops.
        } finally {
            listeners.remove(queue);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.stop(0);
        threads.shutdownNow();
    }

    /** The banner of findings and the reload script, put into pages of the preview only. */
    static final class PreviewPage {

        private PreviewPage() {
        }

        static byte[] withPreview(byte[] page, PreviewState.Snapshot snapshot) {
            String html = new String(page, StandardCharsets.UTF_8);
            int body = html.indexOf("<body>");
            int end = html.lastIndexOf("</body>");
            if (body < 0 || end < 0) {
                return page;
            }
            int open = body + "<body>".length();
            return bytes(html.substring(0, open) + banner(snapshot) + html.substring(open, end) + script(snapshot)
                    + html.substring(end));
        }

        static byte[] notFound(PreviewState.Snapshot snapshot) {
            String message = snapshot.site().isEmpty() ? "Nothing to show yet: fix the errors above."
                    : "There is no such page in the site.";
            return bytes("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Plain Policy preview"
                    + "</title></head><body>" + banner(snapshot) + "<main><p>" + message + " <a href=\"/\">The current "
                    + "policy</a></p></main>" + script(snapshot) + "</body></html>\n");
        }

        private static String banner(PreviewState.Snapshot snapshot) {
            List<Finding> findings = snapshot.findings();
            if (findings.isEmpty()) {
                return "";
            }
            long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
            StringBuilder html = new StringBuilder("<div class=\"plainpolicy-preview-findings\" role=\"alert\" style=\""
                    + "position: sticky; top: 0; z-index: 1000; max-height: 40vh; overflow: auto; "
                    + "font: 15px/1.4 system-ui, sans-serif; background: #fff4d6; color: #1b1b1b; border-bottom: 3px "
                    + "solid #a15c00; padding: 0.75rem 1rem; margin: 0\"><p style=\"margin: 0 0 0.5rem\"><strong>"
                    + errors + " error(s), " + (findings.size() - errors) + " warning(s)</strong>"
                    + (errors > 0 && snapshot.site().isPresent() ? " – the page below is the last one without errors" : "")
                    + "</p><ul style=\"margin: 0; padding-left: 1.25rem\">");
            for (Finding finding : findings) {
                html.append("<li><code>").append(Entities.escape(finding.toLine(snapshot.directory())))
                        .append("</code></li>");
            }
            return html.append("</ul></div>").toString();
        }

        /**
         * Listens for rebuilds. While the look stays the same, the page fetches itself again and takes the new
         * body in place: no stylesheet to load again, no page to lay out twice, and the reader keeps their place.
         * A change of look, or a page that is gone, reloads the whole page. Only the latest fetch is shown.
         */
        private static String script(PreviewState.Snapshot snapshot) {
            return "<script>(function(){var shown='" + snapshot.generation() + "',look='" + snapshot.look()
                    + "',latest=0;var events=new EventSource('" + EVENTS + "');"
                    + "function reload(){events.close();location.reload();}"
                    + "events.onmessage=function(e){var next=e.data.split(' ');if(next[0]===shown){return;}"
                    + "shown=next[0];if(next[1]!==look){reload();return;}var mine=++latest;"
                    + "fetch(location.href,{cache:'no-store'}).then(function(r){if(!r.ok){throw r;}return r.text();})"
                    + ".then(function(t){if(mine!==latest){return;}var page=new DOMParser().parseFromString(t,'text/html');"
                    + "document.title=page.title;document.body.replaceWith(page.body);}).catch(reload);};"
                    + "})();</script>";
        }
    }
}
