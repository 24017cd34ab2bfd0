package io.claimflow.store.repository;

import io.claimflow.contracts.serde.EventJson;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * The JSON columns hold parts of claim events (entities, quantities, dates), so they are written with
 * the contracts' event mapping, not with the REST layer's stricter one.
 */
@JsonFormat
@PersistenceUnitExtension
public class ContractJsonColumns implements FormatMapper {

    private final FormatMapper delegate = new JacksonJsonFormatMapper(EventJson.mapper());

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> type, WrapperOptions options) {
        return delegate.fromString(json, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return delegate.toString(value, type, options);
    }
}
