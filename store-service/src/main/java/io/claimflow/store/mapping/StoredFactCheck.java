package io.claimflow.store.mapping;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.claimflow.contracts.event.FactCheck;
import io.claimflow.contracts.event.FactCheckImported;
import java.time.Instant;

/**
 * A fact-check of the library as the API serves it: the fields of the contract's {@code FactCheck}, plus when and by
 * whom its stored version was imported.
 *
 * @param factCheck the fact-check
 * @param importedAt when ingest-service accepted the stored version
 * @param submitter who imported it, or null when ingest runs without keys
 */
public record StoredFactCheck(@JsonUnwrapped FactCheck factCheck, Instant importedAt, String submitter) {

    public static StoredFactCheck of(FactCheckImported imported) {
        return new StoredFactCheck(imported.factCheck(), imported.importedAt(), imported.submitter());
    }
}
