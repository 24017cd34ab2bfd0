package io.claimflow.cli.command;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** What the commands that submit read besides files: web addresses, and a file's kind by its extension. */
final class Inputs {

    /** Fetches what a URL argument names, following redirects as a browser would. */
    static final HttpClient WEB = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Inputs() {}

    static boolean isUrl(String input) {
        return input.startsWith("http://") || input.startsWith("https://");
    }

    /** The file name's extension in lower case, "" when it has none. */
    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
