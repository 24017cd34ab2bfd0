package io.claimflow.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of store-service ({@code claimflow.store.*}). */
@ConfigMapping(prefix = "claimflow.store")
public interface StoreConfig {

    /** Claims per page when the client does not say. */
    @WithDefault("20")
    int defaultPageSize();

    /** The most claims one page may hold. */
    @WithDefault("200")
    int maxPageSize();
}
