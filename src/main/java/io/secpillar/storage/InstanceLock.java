package io.secpillar.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock on the data directory, taken before the database is opened, so a second window or
 * command on the same directory is told so plainly instead of meeting a half-open database.
 */
final class InstanceLock implements AutoCloseable {

    static final String FILE_NAME = "secpillar.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static InstanceLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot write in the data directory " + dataDir
                    + " (" + e.getMessage() + "). Choose another one with --data-dir.", e);
        }
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreUnavailableException("Another SecPillar Workbench (a window or a command) is already using "
                    + dataDir + ". Close it first, or use another data directory with --data-dir. Nothing was changed.");
        }
        return new InstanceLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more can be done; the OS drops the lock with the process
        }
    }
}
