/**
 * Plain Policy's generator. Only the API is exported: the entry point ({@code PlainPolicy} and its
 * results), the model the results are made of, and the exception a build can end with. The stages
 * (load, validate, render, diff, site writing, the build core, the registry, the command line)
 * are the generator's own.
 */
module org.plainpolicy.generator {
    requires org.yaml.snakeyaml;
    requires velocity.engine.core;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.jsoup;
    requires com.ibm.icu;
    requires info.picocli;
    requires io.github.javadiffutils;
    requires jakarta.json;
    // The provider of jakarta.json, found by its service loader.
    requires org.eclipse.parsson;
    // The PDF: openhtmltopdf lays it out on PDFBox; jsoup's W3C DOM needs java.xml; the fonts are read from their jar.
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires org.apache.pdfbox.io;
    requires java.xml;
    requires java.logging;
    // The live preview's server.
    requires jdk.httpserver;
    requires net.sf.jasperreports.fonts;
    // The record of processing as a workbook.
    requires org.dhatim.fastexcel;

    exports org.plainpolicy;
    exports org.plainpolicy.model;

    // The templates read the views and the model through Velocity's reflection; picocli reads the commands.
    opens org.plainpolicy.render to velocity.engine.core;
    opens org.plainpolicy.model to velocity.engine.core;
    opens org.plainpolicy.ropa to velocity.engine.core;
    opens org.plainpolicy.cli to info.picocli;
}
