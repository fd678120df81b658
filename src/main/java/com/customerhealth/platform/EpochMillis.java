package com.customerhealth.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;

/**
 * Instants stored as milliseconds since the epoch: the same exact value on H2, PostgreSQL and MariaDB,
 * whatever the time zone of the server or the session.
 */
@Converter(autoApply = true)
public class EpochMillis implements AttributeConverter<Instant, Long> {

    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    @Override
    public Instant convertToEntityAttribute(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
