package org.icpo.kit.web;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.time.IsoDates;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Converts enum, integer and date parameters with a 400 problem naming the accepted values, instead of the
 * JAX-RS default (a 404 for a query or path parameter that does not convert). Enum values match
 * case-insensitively. Use {@code Integer}, not {@code int}, for numeric parameters: JAX-RS converts
 * primitives itself.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (raw.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(raw, name);
        }
        if (raw == LocalDate.class) {
            return (ParamConverter<T>) new DateConverter(name);
        }
        if (raw == Integer.class) {
            return (ParamConverter<T>) new IntegerConverter(name);
        }
        return null;
    }

    /** The name of the query, path, header or form parameter, for the problem's violation. */
    static String parameterName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                }
                if (a instanceof PathParam p) {
                    return p.value();
                }
                if (a instanceof HeaderParam h) {
                    return h.value();
                }
                if (a instanceof FormParam f) {
                    return f.value();
                }
            }
        }
        return "parameter";
    }

    static final class EnumConverter<E extends Enum<E>> implements ParamConverter<E> {
        private final Class<E> type;
        private final String name;

        EnumConverter(Class<E> type, String name) {
            this.type = type;
            this.name = name;
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
            throw ApiException.invalid(name, "'" + value + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }

    static final class IntegerConverter implements ParamConverter<Integer> {
        private final String name;

        IntegerConverter(String name) {
            this.name = name;
        }

        @Override
        public Integer fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                throw ApiException.invalid(name, "'" + value + "' is not a whole number");
            }
        }

        @Override
        public String toString(Integer value) {
            return value == null ? null : value.toString();
        }
    }

    static final class DateConverter implements ParamConverter<LocalDate> {
        private final String name;

        DateConverter(String name) {
            this.name = name;
        }

        @Override
        public LocalDate fromString(String value) {
            return IsoDates.parameter(name, value);
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }
    }
}
