package dev.lede.cache;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * An index folder's write lock taken as Lucene's native locks take it (an OS lock on {@code write.lock}, so another
 * process, Lede or Lucene, is refused it), without opening the folder as a Lucene directory: that costs a warm
 * start's first frame tens of milliseconds of class loading, and is done behind it ({@link IndexFolder}).
 */
final class FolderLock extends Lock {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws LockObtainFailedException when another process (or this one) holds it */
    static FolderLock take(Path folder) throws IOException {
        Path file = folder.resolve(IndexWriter.WRITE_LOCK_NAME);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            channel.close();
            throw new LockObtainFailedException("Lock held by this virtual machine: " + file);
        } catch (IOException | RuntimeException failed) {
            channel.close();
            throw failed;
        }
        if (lock == null) {
            channel.close();
            throw new LockObtainFailedException("Lock held by another program: " + file);
        }
        return new FolderLock(file, channel, lock);
    }

    @Override
    public void ensureValid() throws IOException {
        if (!lock.isValid() || !channel.isOpen()) throw new AlreadyClosedException("lock released: " + file);
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            lock.release();
        }
    }
}
