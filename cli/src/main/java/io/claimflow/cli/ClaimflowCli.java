package io.claimflow.cli;

import io.claimflow.cli.command.BenchCommand;
import io.claimflow.cli.command.ExtractCommand;
import io.claimflow.cli.command.FactChecksCommand;
import io.claimflow.cli.command.IngestCommand;
import io.claimflow.cli.command.MatchCommand;
import io.claimflow.cli.command.RedriveCommand;
import io.claimflow.cli.command.ScoreCommand;
import io.claimflow.cli.command.TailCommand;
import io.claimflow.cli.command.UpCommand;
import io.claimflow.cli.command.WatchCommand;
import java.io.InputStream;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimflow} command: extraction without servers, and the pipeline's tools. */
@Command(
        name = "claimflow",
        mixinStandardHelpOptions = true,
        versionProvider = ClaimflowCli.Version.class,
        description = "Turns documents into structured, check-worthy claims.",
        subcommands = {
            UpCommand.class,
            IngestCommand.class,
            TailCommand.class,
            BenchCommand.class,
            RedriveCommand.class,
            ExtractCommand.class,
            ScoreCommand.class,
            MatchCommand.class,
            FactChecksCommand.class,
            WatchCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:some input could not be processed",
            "2:invalid usage",
            "3:a server is not reachable or cannot start"
        })
public class ClaimflowCli {

    public static void main(String[] args) {
        quietLibraries();
        System.exit(commandLine(System.in).execute(args));
    }

    /** Kept: java.util.logging holds loggers weakly and would forget the level set on a collected one. */
    private static final Logger KAFKA_CLIENTS = Logger.getLogger("org.apache.kafka");

    /**
     * The terminal is for the command's own output: libraries may only warn there, and the Kafka clients' connection
     * warnings say less than the commands' own message when a broker is away.
     */
    private static void quietLibraries() {
        KAFKA_CLIENTS.setLevel(Level.SEVERE);
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(Level.WARNING);
        }
    }

    /** The command line, with commands that read input given {@code stdin} as their standard input. */
    public static CommandLine commandLine(InputStream stdin) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ExtractCommand.class) {
                    return type.cast(new ExtractCommand(stdin));
                }
                if (type == ScoreCommand.class) {
                    return type.cast(new ScoreCommand(stdin));
                }
                return defaults.create(type);
            }
        };
        return new CommandLine(new ClaimflowCli(), factory).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** The version from the jar's manifest, so it never disagrees with the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ClaimflowCli.class.getPackage().getImplementationVersion();
            return new String[] {"claimflow " + (version == null ? "(development build)" : version)};
        }
    }
}
