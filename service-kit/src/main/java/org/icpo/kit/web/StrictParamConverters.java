package org.icpo.kit.web;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.icpo.kit.problem.ApiException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Converts enum and date parameters with a 400 problem naming the accepted values, instead of the
 * JAX-RS default (a 404 for a query or path parameter that does not convert). Enum values match
 * case-insensitively.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
        if (raw.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(raw);
        }
        if (raw == LocalDate.class) {
            return (ParamConverter<T>) new DateConverter();
        }
        return null;
    }

    static final class EnumConverter<E extends Enum<E>> implements ParamConverter<E> {
        private final Class<E> type;

        EnumConverter(Class<E> type) {
            this.type = type;
        }

        @Override
        public E fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v)) {
                    return e;
                }
            }
            throw ApiException.invalid(type.getSimpleName(), "'" + value + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }

    static final class DateConverter implements ParamConverter<LocalDate> {
        @Override
        public LocalDate fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw ApiException.invalid("date", "'" + value + "' is not an ISO-8601 date (YYYY-MM-DD)");
            }
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }
    }
}
