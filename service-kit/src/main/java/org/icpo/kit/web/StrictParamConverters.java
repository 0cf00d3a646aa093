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
import java.util.function.Function;
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
            converter = (ParamConverter<T>) integers(name);
        } else if (raw == Long.class) {
            converter = (ParamConverter<T>) longs(name);
        } else if (raw == Boolean.class) {
            converter = (ParamConverter<T>) booleans(name);
        } else if (raw == UUID.class) {
            converter = (ParamConverter<T>) uuids(name);
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

    /** The canonical form of a UUID only ({@link UUID#fromString} also takes short groups such as 1-2-3-4-5). */
    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static Parsing<Integer> integers(String name) {
        return new Parsing<>(name, Integer::valueOf, "not a whole number");
    }

    static Parsing<Long> longs(String name) {
        return new Parsing<>(name, Long::valueOf, "not a whole number");
    }

    /** Only {@code true} or {@code false}, in any case: JAX-RS would take anything else (yes, 1, on) as false. */
    static Parsing<Boolean> booleans(String name) {
        return new Parsing<>(name, v -> v.equalsIgnoreCase("true") ? Boolean.TRUE : v.equalsIgnoreCase("false") ? Boolean.FALSE : null,
                "not true or false");
    }

    static Parsing<UUID> uuids(String name) {
        return new Parsing<>(name, v -> CANONICAL_UUID.matcher(v).matches() ? UUID.fromString(v) : null,
                "not a UUID (8-4-4-4-12 hexadecimal digits)");
    }

    /**
     * A value parsed from its trimmed text, or a 400 naming the parameter and saying what it is not; a blank value is
     * absent (null). {@code parse} answers null, or throws {@link IllegalArgumentException}, for a text that is no value.
     */
    static final class Parsing<T> implements ParamConverter<T> {
        private final String name;
        private final Function<String, T> parse;
        private final String isNot;

        Parsing(String name, Function<String, T> parse, String isNot) {
            this.name = name;
            this.parse = parse;
            this.isNot = isNot;
        }

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            T parsed;
            try {
                parsed = parse.apply(value.trim());
            } catch (IllegalArgumentException notAValue) {   // NumberFormatException among them
                parsed = null;
            }
            if (parsed == null) {
                throw ApiException.invalid(name, "'" + value + "' is " + isNot);
            }
            return parsed;
        }

        @Override
        public String toString(T value) {
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
