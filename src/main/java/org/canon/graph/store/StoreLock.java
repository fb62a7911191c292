package org.canon.graph.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether another process holds an embedded TDB2 store. TDB2 lets one process at a time open a store folder: the
 * process holds an operating-system lock on the folder's {@code tdb.lock} file for as long as the store is open (a
 * process that has died holds none, whatever process number the file still names).
 */
public final class StoreLock {
    /** TDB2's lock file in the store folder. */
    static final String LOCK_FILE = "tdb.lock";

    private StoreLock() {}

    /**
     * Whether a process other than this one has the store in {@code dir} open. Asks for the lock and gives it back
     * at once; a folder without a store is not held. For a process that has not opened the store itself (a command,
     * before it opens the store): closing a file releases every lock the process has on it.
     */
    public static boolean heldByAnotherProcess(Path dir) {
        Path file = dir.resolve(LOCK_FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
