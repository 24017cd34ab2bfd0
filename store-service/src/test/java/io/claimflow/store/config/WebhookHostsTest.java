package io.claimflow.store.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookHostsTest {

    private final WebhookHosts listed =
            new WebhookHosts(Optional.of(List.of(" Hooks.Example.COM ", ".example.org", "10.0.0.7", "[::1]")));

    @Test
    void unsetAllowsEveryHost() {
        WebhookHosts any = new WebhookHosts(Optional.empty());
        assertThat(any.allows(URI.create("http://169.254.169.254/latest/meta-data")))
                .isTrue();
        assertThat(any.allows(URI.create("https://hooks.example.com/h"))).isTrue();
    }

    @Test
    void aListedNameOrAddressIsAllowedWhateverItsCaseOrFinalDot() {
        assertThat(listed.allows(URI.create("https://hooks.example.com/h"))).isTrue();
        assertThat(listed.allows(URI.create("https://HOOKS.example.com.:8443/h")))
                .isTrue();
        assertThat(listed.allows(URI.create("http://10.0.0.7:8080/alerts"))).isTrue();
        assertThat(listed.allows(URI.create("http://[::1]:9000/h"))).isTrue();
    }

    @Test
    void aLeadingDotAllowsTheDomainAndEveryHostUnderIt() {
        assertThat(listed.allows(URI.create("https://example.org/h"))).isTrue();
        assertThat(listed.allows(URI.create("https://a.b.example.org/h"))).isTrue();
        assertThat(listed.allows(URI.create("https://badexample.org/h"))).isFalse();
        assertThat(listed.allows(URI.create("https://example.org.evil.net/h"))).isFalse();
    }

    @Test
    void anyOtherHostIsRefused() {
        assertThat(listed.allows(URI.create("http://169.254.169.254/latest/meta-data")))
                .isFalse();
        assertThat(listed.allows(URI.create("http://localhost:8080/h"))).isFalse();
        assertThat(listed.allows(URI.create("https://example.com/h")))
                .as("not a host under a listed name")
                .isFalse();
        assertThat(listed.allows(URI.create("http://10.0.0.70/h"))).isFalse();
    }
}
