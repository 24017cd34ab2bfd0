package io.claimflow.matching.service;

import io.claimflow.match.MatchEngine;
import io.claimflow.match.MatchSettings;
import io.claimflow.matching.config.MatchConfig;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.TopicPartition;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * The match engine on its index on local disk, and the consumed offsets every index commit carries: per partition of
 * {@code claimflow.claims.v1}, the next offset to match. The index is committed only with offsets whose output Kafka
 * has committed already, so it is never ahead of what was published; a crash loses at most claims that a restart
 * catches up with ({@link CatchUp}).
 */
@Startup
@ApplicationScoped
public class MatchIndex {

    private static final Logger LOG = Logger.getLogger(MatchIndex.class);

    private final MatchSettings settings;
    private final Path folder;
    private volatile MatchEngine engine;
    private boolean closed;
    private final Map<TopicPartition, Long> committed = new HashMap<>();
    private final Map<TopicPartition, Long> openedWith;
    private final AtomicInteger caughtUpClaims = new AtomicInteger();
    private volatile boolean caughtUp;

    public MatchIndex(MatchConfig config) {
        this.folder = config.indexFolder().toAbsolutePath();
        this.settings = config.settings();
        this.engine = open();
        engine.commitData().forEach((key, offset) -> committed.put(partition(key), Long.parseLong(offset)));
        openedWith = Map.copyOf(committed);
        LOG.infof("Match index %s opened: %d documents, offsets %s", folder, engine.indexSize(), committed);
    }

    public MatchEngine engine() {
        return engine;
    }

    /**
     * Goes back to the last commit, after a batch whose transaction Kafka aborted: the batch is read again from the
     * group's offsets, so it must meet the index as it was, or a claim that merged two narratives would be replayed
     * without the merge, whose record was never published. Closing without a commit rolls the writer back.
     */
    public synchronized void rollBack() {
        if (closed) {
            return;
        }
        closeEngine("before its rollback");
        engine = open();
        LOG.infof(
                "Match index rolled back to its last commit: %d documents, offsets %s", engine.indexSize(), committed);
    }

    private MatchEngine open() {
        try {
            Files.createDirectories(folder);
            return new MatchEngine(FSDirectory.open(folder), settings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the match index in " + folder, e);
        }
    }

    /** The next offset of a partition the index has not matched yet, as of its last commit; empty when none. */
    public synchronized OptionalLong offsetOf(TopicPartition partition) {
        Long offset = committed.get(partition);
        return offset == null ? OptionalLong.empty() : OptionalLong.of(offset);
    }

    /** Commits the index with these partitions' next offsets (the others keep theirs): one durable snapshot. */
    public synchronized void commit(Map<TopicPartition, Long> offsets) {
        committed.putAll(offsets);
        Map<String, String> userData = new HashMap<>();
        committed.forEach((partition, offset) -> userData.put(partition.toString(), Long.toString(offset)));
        engine.commit(userData);
    }

    /** The index caught up with what the group published before, on the first assignment: matching can go on. */
    public void markCaughtUp() {
        caughtUp = true;
    }

    public boolean caughtUp() {
        return caughtUp;
    }

    /** Counts claims matched into the index by catching up, without being published. */
    public void caughtUpWith(int claims) {
        caughtUpClaims.addAndGet(claims);
    }

    /** How many claims catching up has matched since the start (0 when the index was level with Kafka). */
    public int caughtUpClaims() {
        return caughtUpClaims.get();
    }

    /** The offsets the index was opened with: empty for a new (or lost and recreated) index. */
    public Map<TopicPartition, Long> openedWith() {
        return openedWith;
    }

    public Path folder() {
        return folder;
    }

    /** Closes without committing: what came after the last commit is matched again after the restart. */
    @PreDestroy
    synchronized void close() {
        closed = true;
        closeEngine("at shutdown");
    }

    // Closing without a commit cannot lose anything committed; a failure to close is only worth a warning.
    private void closeEngine(String when) {
        try {
            engine.close();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The match index did not close cleanly %s: %s", when, e.toString());
        }
    }

    // Keys as TopicPartition writes them: "claimflow.claims.v1-0" (topic names may hold dashes, partitions do not).
    private static TopicPartition partition(String key) {
        int dash = key.lastIndexOf('-');
        return new TopicPartition(key.substring(0, dash), Integer.parseInt(key.substring(dash + 1)));
    }
}
