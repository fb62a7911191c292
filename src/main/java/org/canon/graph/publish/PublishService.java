package org.canon.graph.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.canon.graph.external.ExternalImporter;
import org.canon.graph.load.CanonLoader;
import org.canon.graph.query.BadParameterException;
import org.canon.graph.source.SourceLayout;
import org.canon.graph.store.CanonStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Reloads the Canon sources, or imports external taxonomies, into the store the service is serving. The sources are
 * validated exactly as the {@code load} and {@code import} commands validate them ({@link CanonLoader},
 * {@link ExternalImporter}); the new release is written in one transaction with its release record, so readers are
 * answered from the release before until the commit and from the new one after. Invalid sources throw
 * {@link org.canon.graph.source.SourceException} and leave the store as it was. One reload or import at a time: a
 * second one asked for meanwhile is refused ({@link Busy}).
 */
@Service
public class PublishService {
    private static final Logger log = LoggerFactory.getLogger(PublishService.class);
    private final CanonStore store;
    private final SourceLayout configured;
    private final ReentrantLock running = new ReentrantLock();

    public PublishService(CanonStore store, SourceLayout configured) {
        this.store = store;
        this.configured = configured;
    }

    /**
     * Validates and loads the Canon sources: those of {@code canon.sources.dir} (or the jar's) when {@code sources} is
     * null, else the checkout folder {@code sources} on the server.
     */
    public CanonLoader.LoadReport reload(Path sources) {
        SourceLayout layout = sources == null ? configured : SourceLayout.folder(folder("sources", sources));
        return exclusively(() -> {
            CanonLoader.LoadReport report = new CanonLoader().load(layout, store);
            log.info("Release {} loaded from {}: {} triples, {} concept(s) changed", report.release().version(),
                    layout.describe(), report.triples(), report.release().changes().size());
            return report;
        });
    }

    /** Validates and imports the publishers' files in {@code folders} (folders on the server). */
    public ExternalImporter.ImportReport importFolders(List<Path> folders) {
        if (folders.isEmpty()) {
            throw new BadParameterException("folder", "is required: the server-side folder(s) to import from");
        }
        folders.forEach(f -> folder("folder", f));
        return exclusively(() -> {
            ExternalImporter.ImportReport report = new ExternalImporter().importInto(folders, store);
            log.info("Release {} imported from {}: {} triples", report.release().version(), report.sources(),
                    report.triples());
            return report;
        });
    }

    private <T> T exclusively(Supplier<T> work) {
        if (!running.tryLock()) {
            throw new Busy();
        }
        try {
            return work.get();
        } finally {
            running.unlock();
        }
    }

    private static Path folder(String parameter, Path path) {
        if (!path.isAbsolute() || !Files.isDirectory(path)) {
            throw new BadParameterException(parameter, "'" + path + "' is not an absolute path of a folder on the server");
        }
        return path;
    }

    /** A reload or import is already running. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("A reload or import is already running; try again when it has finished (GET /api/releases lists "
                    + "the releases recorded).");
        }
    }
}
