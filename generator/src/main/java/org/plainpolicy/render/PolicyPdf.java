package org.plainpolicy.render;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.plainpolicy.load.Sha256;

/**
 * Lays out an HTML document as a tagged PDF (PDF/UA-1) with openhtmltopdf: a structure tree from
 * the markup, the document's language and title, and DejaVu Sans and DejaVu Sans Mono embedded
 * (subset), which cover the Latin, Greek and Cyrillic letters of every language of the EEA.
 *
 * <p>The bytes depend on the document alone: the creation date that the renderer stamps is taken
 * out of the information dictionary and the XMP metadata, and the file identifier is a digest of
 * the document instead of one made from the clock.
 *
 * <p>The document is the policy's, so it is not trusted to fetch anything: every external resource
 * (an image, a stylesheet, a font) is refused; the fonts come from the classpath.
 */
final class PolicyPdf {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    /** For {@code code} and {@code pre}: a family the renderer cannot find draws no text at all. */
    static final String MONO_FAMILY = "DejaVu Sans Mono";
    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", FONT_FAMILY, 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", FONT_FAMILY, 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", FONT_FAMILY, 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", FONT_FAMILY, 700, FontStyle.ITALIC),
            new Face("DejaVuSansMono.ttf", MONO_FAMILY, 400, FontStyle.NORMAL),
            new Face("DejaVuSansMono-Bold.ttf", MONO_FAMILY, 700, FontStyle.NORMAL),
            new Face("DejaVuSansMono-Oblique.ttf", MONO_FAMILY, 400, FontStyle.ITALIC),
            new Face("DejaVuSansMono-BoldOblique.ttf", MONO_FAMILY, 700, FontStyle.ITALIC));
    /** The dates of the XMP packet, as xmpbox writes them: element or attribute. */
    private static final Pattern XMP_DATES = Pattern.compile(
            "<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</xmp:\\1>|\\sxmp:(CreateDate|ModifyDate|MetadataDate)=\"[^\"]*\"");

    /** Held, so that java.util.logging keeps its level: the build reports through its findings. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(Level.OFF);
        // The renderer names PDF's standard fonts (for forms, which a policy has none of). Without a
        // mapper of its own, PDFBox then scans the system's fonts and writes a cache of them into the
        // user's home: DejaVu stands in for them, and nothing is scanned or written. The setting is
        // the PDFBox classes' own, which only this tool's class loader sees.
        FontMappers.set(new BundledFontMapper());
    }

    /** The fonts' measures, which depend on the font alone: shared by every PDF of the run. */
    private static final FSCacheEx<String, FSCacheValue> METRICS = new MetricsCache();
    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }

    private record Face(String file, String family, int weight, FontStyle style) {
    }

    private PolicyPdf() {
    }

    /**
     * @param html    the document, as HTML; its {@code lang}, {@code title} and {@code bookmarks} go into the PDF
     * @param baseUri what relative links resolve against, for the renderer; nothing is fetched from it
     */
    static byte[] render(Document html, String baseUri) {
        PDDocument target = new PDDocument();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(target);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
        builder.usePdfVersion(1.7f);
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Plain Policy");
        for (Face face : FACES) {
            builder.useFont(new PDFontSupplier(null) {
                @Override
                public PDFont supply() {
                    try {
                        return PDType0Font.load(target, PARSED.get().computeIfAbsent(face.file(), PolicyPdf::parse), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }, face.family(), face.weight(), face.style(), true);
        }
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(new W3CDom().fromJsoup(html), baseUri);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            withoutClock(pdf, Sha256.digest().digest(html.outerHtml().getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a font of the PDF's, from the classpath. */
    static InputStream fontStream(String file) {
        InputStream in = PolicyPdf.class.getClassLoader().getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("the font " + FONTS + file + " is not on the classpath");
        }
        return in;
    }

    /** A font, parsed: each thread keeps its own, as a parsed font reads its file as it is used. */
    private static TrueTypeFont parse(String file) {
        try (InputStream in = fontStream(file)) {
            return new TTFParser().parse(new RandomAccessReadBuffer(withoutSubstitutions(in.readAllBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its glyph substitution table (GSUB) hidden. DejaVu substitutes ligatures there:
     * "effect" would be written with the single glyph "ﬀ", which a search, a copy or the comparison
     * with the printed page then reads as another word. PDFBox applies the table with regular
     * expressions over every run of text, which is also most of the cost of laying the text out.
     * The tag is renamed in the table directory, so no reader of the font sees the table; the
     * embedded subset never holds it.
     */
    static byte[] withoutSubstitutions(byte[] font) {
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                font[at] = 'x';
            }
        }
        return font;
    }

    /** Takes the clock out of the PDF: no creation date, and an identifier made from the document. */
    private static void withoutClock(PDDocument pdf, byte[] digest) throws IOException {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setCreationDate(null);
        info.setModificationDate(null);
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            String xmp;
            try (InputStream in = metadata.exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            metadata.importXMPMetadata(XMP_DATES.matcher(xmp).replaceAll("").getBytes(StandardCharsets.UTF_8));
        }
        COSString id = new COSString(Arrays.copyOf(digest, 16));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
