package io.claimflow.cli.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the logs of what runs inside the CLI's JVM (the Kafka broker, the embedded PostgreSQL) to files of their own,
 * so the terminal shows only what the user needs.
 */
final class StackLogging {

    /** java.util.logging keeps loggers weakly; a configured logger collected meanwhile would lose its routing. */
    private static final List<Logger> ROUTED = new ArrayList<>();

    private StackLogging() {}

    static void toFiles(Path logs) {
        try {
            Files.createDirectories(logs);
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$-7s [%3$s] %5$s%6$s%n");
            LogManager.getLogManager().reset();
            Logger root = Logger.getLogger("");
            root.setLevel(Level.INFO);
            root.addHandler(file(logs.resolve("claimflow.log")));
            route(file(logs.resolve("kafka.log")), "kafka", "org.apache.kafka", "state.change.logger");
            route(file(logs.resolve("postgres.log")), "io.zonky");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write logs to " + logs, e);
        }
    }

    private static void route(Handler handler, String... loggers) {
        for (String name : loggers) {
            Logger logger = Logger.getLogger(name);
            ROUTED.add(logger);
            logger.setUseParentHandlers(false);
            logger.addHandler(handler);
        }
    }

    private static Handler file(Path path) throws IOException {
        FileHandler handler = new FileHandler(path.toString(), true);
        handler.setFormatter(new SimpleFormatter());
        return handler;
    }
}
