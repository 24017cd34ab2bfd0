package io.claimflow.service.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Which topics a service makes sure exist before it reports ready, and how they are created. */
@ConfigMapping(prefix = "claimflow.kafka")
public interface TopicBootstrapConfig {

    /** Names of the topics this service reads or writes, dead-letter topics included. */
    List<String> topics();

    /**
     * Partitions of a topic this service creates: the most instances of a consumer group that get work. Enough for a
     * few instances of each service; topics that exist keep theirs (see {@link TopicBootstrap}).
     */
    @WithDefault("3")
    int partitions();

    /** Replication factor of a topic this service creates; -1 takes the broker's default. */
    @WithDefault("-1")
    short replicationFactor();

    /**
     * The largest record a topic takes ({@code max.message.bytes}), set on the topics this service uses: a document may
     * be larger than the broker's default of 1 MB.
     */
    @WithDefault("16777216")
    int maxMessageBytes();

    /** How long to wait between attempts while the broker cannot be reached. */
    @WithDefault("5s")
    Duration retryInterval();
}
