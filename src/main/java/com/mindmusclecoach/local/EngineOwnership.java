package com.mindmusclecoach.local;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Which coach owns a data folder, kept in an owner file beside it ({@code local-data/dynamodb.owner}): the coach's
 * pid, its engine's pid and port, held under an operating-system lock for as long as the coach runs.
 * <p>
 * Why a lock and not only a pid file: the lock goes with the process that holds it, even after {@code kill -9}, so
 * "is another coach alive on this folder?" needs no guessing from pids that may have been reused. The recorded
 * engine pid is then only used to find an orphan: a dynalite left running by a coach that died without stopping it,
 * which would hold the folder's LevelDB lock and make the next engine fail. It is stopped only if its command line
 * shows it is dynalite serving this very folder; a stale record of a dead or unrelated process is just replaced.
 */
final class EngineOwnership implements AutoCloseable {

    private static final Duration STOP_WAIT = Duration.ofSeconds(5);
    /**
     * Folders this JVM holds. A second claim from the same JVM must not even open the owner file: on POSIX, closing
     * any descriptor of a file drops every lock the process holds on it, so the refusal would free the folder.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path dataDir;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private EngineOwnership(Path dataDir, Path file, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The owner file of a data folder: beside it, so LevelDB's own files in the folder are left to LevelDB. */
    static Path ownerFile(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".owner");
    }

    /**
     * Takes the folder for this process, stopping an engine an earlier coach left behind.
     *
     * @throws EngineUnavailableException when another running coach owns the folder (its engine is left alone)
     */
    static EngineOwnership claim(Path dataDir) {
        Path folder = dataDir.toAbsolutePath().normalize();
        Path file = ownerFile(folder);
        if (!HELD.add(folder)) {
            throw inUse(folder, ProcessHandle.current().pid());
        }
        try {
            return claim(folder, file);
        } catch (RuntimeException e) {
            HELD.remove(folder);
            throw e;
        }
    }

    private static EngineOwnership claim(Path folder, Path file) {
        FileChannel channel;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new EngineUnavailableException("cannot write " + file + " (" + e + ")",
                    "make " + file.getParent() + " writable, or choose another folder with --data DIR");
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new EngineUnavailableException("cannot lock " + file + " (" + e + ")",
                    "choose a folder on a local disk with --data DIR");
        }
        if (lock == null) {
            Record owner = read(file);
            closeQuietly(channel);
            throw inUse(folder, owner.coachPid());
        }
        EngineOwnership ownership = new EngineOwnership(folder, file, channel, lock);
        try {
            ownership.stopOrphans(ownership.previous());
        } catch (RuntimeException orphanStaysPut) {
            ownership.close();
            throw orphanStaysPut;
        }
        return ownership;
    }

    private static EngineUnavailableException inUse(Path folder, long coachPid) {
        String pid = coachPid > 0 ? " (pid " + coachPid + ")" : "";
        return new EngineUnavailableException("the data folder " + folder + " is in use by another running coach" + pid,
                "stop that coach first (quit it, Ctrl-C in its terminal" + (pid.isEmpty() ? "" : ", or kill " + coachPid)
                        + "), or use another folder with --data DIR");
    }

    /** Notes the engine now serving the folder, so a later coach can find it should this one die without stopping it. */
    synchronized void record(long enginePid, int port) {
        write("coach=" + ProcessHandle.current().pid() + "\nengine=" + enginePid + "\nport=" + port
                + "\nfolder=" + dataDir + "\n");
    }

    /**
     * What the owner file says now (a coach that never wrote one reads as pids 0). Not for the process holding the
     * folder: opening and closing the file again would drop its lock (POSIX drops all of a process's locks on a
     * file when any descriptor of it closes); that process reads through its own channel.
     */
    static Record read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            return new Record(0, 0);
        }
    }

    /** The record a previous owner left, read through the locked channel. */
    private Record previous() {
        try {
            ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
            while (bytes.hasRemaining() && channel.read(bytes, bytes.position()) > 0) {
                // read until full or at the end
            }
            return parse(new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            return new Record(0, 0);
        }
    }

    private static Record parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException unreadable) {
            return new Record(0, 0);
        }
        return new Record(number(properties.getProperty("coach")), number(properties.getProperty("engine")));
    }

    /**
     * Whether a process is dynalite serving {@code folder}: node running {@code dynalite/cli.js} with
     * {@code --path folder}, exactly as {@link DynaliteLauncher} starts it.
     */
    static boolean isEngineFor(ProcessHandle process, Path folder) {
        List<String> arguments = process.info().arguments().map(List::of).orElse(List.of());
        int path = arguments.indexOf("--path");
        return process.info().command().map(command -> Path.of(command).getFileName().toString().startsWith("node"))
                        .orElse(false)
                && arguments.stream().anyMatch(argument -> argument.replace('\\', '/').endsWith("dynalite/cli.js"))
                && path >= 0 && path + 1 < arguments.size()
                && Path.of(arguments.get(path + 1)).toAbsolutePath().normalize().equals(folder);
    }

    /** The folder is free again; the file stays (empty), since deleting it could race with a coach opening it. */
    @Override
    public synchronized void close() {
        try {
            write("");
            lock.release();
        } catch (IOException | IllegalStateException ignored) {
            // the lock goes with the channel anyway
        } finally {
            closeQuietly(channel);
            HELD.remove(dataDir);
        }
    }

    /**
     * The recorded engine if it is still ours, and any other dynalite on this folder (one started by a coach that
     * died before it could record it, or by a version of the coach that kept no owner file): none can be serving a
     * live coach, since no live coach holds the lock.
     */
    private void stopOrphans(Record previous) {
        Optional<ProcessHandle> recorded = previous.enginePid() > 0 ? ProcessHandle.of(previous.enginePid()) : Optional.empty();
        recorded.filter(process -> isEngineFor(process, dataDir)).ifPresent(this::stop);
        ProcessHandle.allProcesses().filter(process -> process.pid() != ProcessHandle.current().pid())
                .filter(process -> isEngineFor(process, dataDir)).forEach(this::stop);
    }

    private void stop(ProcessHandle orphan) {
        System.err.println("(stopping the DynamoDB engine, pid " + orphan.pid() + ", that an earlier coach left running on "
                + dataDir + ")");
        orphan.destroy();
        try {
            orphan.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notYet) {
            orphan.destroyForcibly();
            try {
                orphan.onExit().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception stillThere) {
                throw new EngineUnavailableException("the DynamoDB engine pid " + orphan.pid()
                        + " left running by an earlier coach on " + dataDir + " would not stop", "kill " + orphan.pid());
            }
        }
    }

    private void write(String text) {
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
        } catch (IOException e) {
            System.err.println("(could not write " + file + ": " + e + ")");
        }
    }

    private static long number(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing held to give back
        }
    }

    /** What an owner file records; 0 for a pid not recorded. */
    record Record(long coachPid, long enginePid) {
    }
}
