package org.canon.graph.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Writes a new text index into an empty folder: one Lucene document per entry. */
public final class TextIndexWriter {
    private TextIndexWriter() {}

    /** Writes the entries into {@code dir} (created), replacing anything there. */
    public static void write(Path dir, Iterable<TextEntry> entries) {
        IndexWriterConfig config = new IndexWriterConfig(TextFields.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64);
        try (Directory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config)) {
            for (TextEntry e : entries) {
                w.addDocument(document(e));
            }
            w.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the text index in " + dir, e);
        }
    }

    static Document document(TextEntry e) {
        Document doc = new Document();
        doc.add(new StringField(TextFields.URI, e.iri(), Field.Store.YES));
        doc.add(new StringField(TextFields.SCHEME, e.scheme(), Field.Store.YES));
        doc.add(new StringField(TextFields.TYPE, e.type(), Field.Store.YES));
        doc.add(new StringField(TextFields.GENERAL, Boolean.toString(e.general()), Field.Store.YES));
        if (!e.notation().isEmpty()) {
            doc.add(new StringField(TextFields.CODE, e.notation().toLowerCase(Locale.ROOT), Field.Store.NO));
            doc.add(new TextField(TextFields.NOTATION, e.notation(), Field.Store.YES));
        }
        doc.add(new TextField(TextFields.LABEL, e.label(), Field.Store.YES));
        doc.add(new TextField(TextFields.WORDS, e.label(), Field.Store.NO));
        for (String alt : e.altLabels()) {
            doc.add(new TextField(TextFields.ALT, alt, Field.Store.YES));
            doc.add(new TextField(TextFields.WORDS, alt, Field.Store.NO));
        }
        if (!e.definition().isEmpty()) {
            doc.add(new TextField(TextFields.DEFINITION, e.definition(), Field.Store.YES));
        }
        return doc;
    }
}
