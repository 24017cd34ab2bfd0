package io.claimflow.cli.client;

/** A Claimflow service did not answer at all: the message says which and what to do. */
public class ServerUnreachableException extends RuntimeException {

    public ServerUnreachableException(String service, String url, Throwable cause) {
        super(
                service + " is not reachable at " + url + " ("
                        + cause.getClass().getSimpleName() + "); is the stack running? Start it with: ./claimflow up",
                cause);
    }
}
