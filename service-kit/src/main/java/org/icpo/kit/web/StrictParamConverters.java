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
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Converts enum, integer, long, boolean, UUID and date parameters with a 400 {@code validation} problem naming the
 * parameter and the accepted values, instead of the JAX-RS default (a 404, or a bare 400, for a query or path
 * parameter that does not convert, and {@code false} for any boolean that is not {@code true}). Enum values and
 * booleans match case-insensitively; a UUID must be in its canonical 8-4-4-4-12 form. Use {@code Integer},
 * {@code Long} and {@code Boolean}, not {@code int}, {@code long} or {@code boolean}: JAX-RS converts primitives
 * itself. An empty query parameter is absent (null); an empty path parameter is refused, so a path parameter is
 * never null.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
        String name = parameterName(annotations);
        ParamConverter<T> converter = null;
        if (raw.isEnum()) {
            converter = (ParamConverter<T>) new EnumConverter(raw, name);
        } else if (raw == LocalDate.class) {
            converter = (ParamConverter<T>) new DateConverter(name);
        } else if (raw == Integer.class) {
            converter = (ParamConverter<T>) new IntegerConverter(name);
        } else if (raw == Long.class) {
            converter = (ParamConverter<T>) new LongConverter(name);
        } else if (raw == Boolean.class) {
            converter = (ParamConverter<T>) new BooleanConverter(name);
        } else if (raw == UUID.class) {
            converter = (ParamConverter<T>) new UuidConverter(name);
        }
        return converter != null && isPathParameter(annotations) ? new PathConverter<>(converter, name) : converter;
    }

    static boolean isPathParameter(Annotation[] annotations) {
        return annotations != null && Arrays.stream(annotations).anyMatch(a -> a instanceof PathParam);
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

    static final class LongConverter implements ParamConverter<Long> {
        private final String name;

        LongConverter(String name) {
            this.name = name;
        }

        @Override
        public Long fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Long.valueOf(value.trim());
            } catch (NumberFormatException e) {
                throw ApiException.invalid(name, "'" + value + "' is not a whole number");
            }
        }

        @Override
        public String toString(Long value) {
            return value == null ? null : value.toString();
        }
    }

    /** Only {@code true} or {@code false}, in any case: JAX-RS would take anything else (yes, 1, on) as false. */
    static final class BooleanConverter implements ParamConverter<Boolean> {
        private final String name;

        BooleanConverter(String name) {
            this.name = name;
        }

        @Override
        public Boolean fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String v = value.trim();
            if (v.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (v.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
            throw ApiException.invalid(name, "'" + value + "' is not true or false");
        }

        @Override
        public String toString(Boolean value) {
            return value == null ? null : value.toString();
        }
    }

    /** The canonical form only ({@link UUID#fromString} also takes short groups such as 1-2-3-4-5). */
    static final class UuidConverter implements ParamConverter<UUID> {
        private static final Pattern CANONICAL =
                Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        private final String name;

        UuidConverter(String name) {
            this.name = name;
        }

        @Override
        public UUID fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String v = value.trim();
            if (!CANONICAL.matcher(v).matches()) {
                throw ApiException.invalid(name, "'" + value + "' is not a UUID (8-4-4-4-12 hexadecimal digits)");
            }
            return UUID.fromString(v);
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }

    /** A path parameter is never absent: an empty or blank segment is refused instead of becoming null. */
    static final class PathConverter<T> implements ParamConverter<T> {
        private final ParamConverter<T> delegate;
        private final String name;

        PathConverter(ParamConverter<T> delegate, String name) {
            this.delegate = delegate;
            this.name = name;
        }

        @Override
        public T fromString(String value) {
            T converted = value == null || value.isBlank() ? null : delegate.fromString(value);
            if (converted == null) {
                throw ApiException.invalid(name, "must not be blank");
            }
            return converted;
        }

        @Override
        public String toString(T value) {
            return delegate.toString(value);
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
