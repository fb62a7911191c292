package org.canon.graph.load;

import org.canon.graph.source.SourceFile;
import org.canon.graph.source.SourceException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

/** Parses RDF source files, turning parser errors into messages that name the file, line and column. */
public final class RdfFiles {
    private RdfFiles() {}

    /**
     * Parses every file into one new graph.
     *
     * @throws SourceException listing each file that failed, with line and column
     */
    public static Graph parse(List<SourceFile> files) {
        Graph graph = GraphFactory.createDefaultGraph();
        List<String> problems = new ArrayList<>();
        for (SourceFile file : files) {
            try {
                parseInto(file, graph);
            } catch (SourceException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SourceException("Cannot parse the source files", problems);
        }
        return graph;
    }

    /** Parses one file into {@code graph}; the language comes from the file extension (Turtle if unknown). */
    public static void parseInto(SourceFile file, Graph graph) {
        Lang lang = RDFLanguages.filenameToLang(file.fileName(), Lang.TURTLE);
        FileErrors errors = new FileErrors(file.name());
        try (InputStream in = file.open()) {
            RDFParser.source(in).lang(lang).errorHandler(errors).parse(graph);
        } catch (RiotException e) {
            // already described by the error handler
        } catch (Exception e) {
            errors.problems.add(file.name() + ": " + e.getMessage());
        }
        if (!errors.problems.isEmpty()) {
            throw new SourceException("Cannot parse " + file.name(), errors.problems);
        }
    }

    /** Collects parser errors and warnings-as-errors with the file name in front. */
    private static final class FileErrors implements ErrorHandler {
        private final String name;
        private final List<String> problems = new ArrayList<>();

        FileErrors(String name) { this.name = name; }

        private String at(long line, long col, String message) {
            return line > 0 ? name + ", line " + line + ", column " + col + ": " + message : name + ": " + message;
        }

        @Override public void warning(String message, long line, long col) {
            // Bad IRIs and bad lexical forms are reported as warnings by RIOT; a curated source must not have them.
            problems.add(at(line, col, message));
        }

        @Override public void error(String message, long line, long col) {
            problems.add(at(line, col, message));
        }

        @Override public void fatal(String message, long line, long col) {
            problems.add(at(line, col, message));
            throw new RiotException(message);
        }
    }
}
