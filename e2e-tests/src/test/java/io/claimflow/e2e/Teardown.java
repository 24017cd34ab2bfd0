package io.claimflow.e2e;

/** Stops what a test class started, in the order given, skipping what never started (a failed or skipped start). */
final class Teardown {

    private Teardown() {}

    /** Closes each part that is not null, in order; the first failure is thrown once every part was closed. */
    static void closeAll(AutoCloseable... parts) throws Exception {
        Exception first = null;
        for (AutoCloseable part : parts) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
