package org.icpo.kit.web;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import org.icpo.kit.problem.ApiException;
import org.icpo.kit.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parameters that do not convert are 400 validation problems naming the parameter: booleans other than true or false
 * (JAX-RS took them as false), UUIDs and long numbers (JAX-RS answered a bare bad-request without the parameter),
 * and empty path parameters (which would have reached the resource as null).
 */
class StrictParamConvertersTest {

    private final StrictParamConverters provider = new StrictParamConverters();

    @SuppressWarnings("unused")
    static void resource(@QueryParam("active") Boolean active, @PathParam("id") UUID id, @PathParam("id") Long number,
                         @QueryParam("after") UUID after, @PathParam("number") Integer session, @QueryParam("size") Long size) {
    }

    private static Annotation[] annotationsOf(int parameter) throws Exception {
        Method m = StrictParamConvertersTest.class.getDeclaredMethod("resource",
                Boolean.class, UUID.class, Long.class, UUID.class, Integer.class, Long.class);
        return m.getParameterAnnotations()[parameter];
    }

    private <T> ParamConverter<T> converter(Class<T> type, int parameter) throws Exception {
        ParamConverter<T> c = provider.getConverter(type, type, annotationsOf(parameter));
        assertTrue(c != null, "a converter for " + type);
        return c;
    }

    private static void refused(ParamConverter<?> c, String value, String field, String message) {
        ApiException e = assertThrows(ApiException.class, () -> c.fromString(value), value);
        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals(400, e.status());
        assertEquals(1, e.violations().size());
        assertEquals(field, e.violations().get(0).field());
        assertTrue(e.violations().get(0).message().contains(message), e.violations().get(0).message());
    }

    @Test
    void booleansAreTrueOrFalseOnly() throws Exception {
        ParamConverter<Boolean> c = converter(Boolean.class, 0);
        assertEquals(Boolean.TRUE, c.fromString("true"));
        assertEquals(Boolean.TRUE, c.fromString("TRUE"));
        assertEquals(Boolean.FALSE, c.fromString("False"));
        assertEquals(Boolean.FALSE, c.fromString(" false "));
        assertNull(c.fromString(""));
        assertNull(c.fromString(null));
        for (String v : new String[] {"yes", "1", "0", "on", "no", "t", "truee"}) {
            refused(c, v, "active", "is not true or false");
        }
    }

    @Test
    void uuidsAreCanonical() throws Exception {
        ParamConverter<UUID> c = converter(UUID.class, 1);
        UUID id = UUID.randomUUID();
        assertEquals(id, c.fromString(id.toString()));
        assertEquals(id, c.fromString(id.toString().toUpperCase()));
        for (String v : new String[] {"not-a-uuid", "123", "1-2-3-4-5", id + "0", id.toString().replace("-", "")}) {
            refused(c, v, "id", "is not a UUID");
        }
        ParamConverter<UUID> query = converter(UUID.class, 3);
        assertNull(query.fromString(""));
        refused(query, "x", "after", "is not a UUID");
    }

    @Test
    void longsAreWholeNumbers() throws Exception {
        ParamConverter<Long> c = converter(Long.class, 5);
        assertEquals(12L, c.fromString("12"));
        assertEquals(Long.MAX_VALUE, c.fromString(Long.toString(Long.MAX_VALUE)));
        assertNull(c.fromString(""));
        refused(c, "twelve", "size", "is not a whole number");
        refused(c, "1.5", "size", "is not a whole number");
        refused(c, "99999999999999999999", "size", "is not a whole number");
    }

    @Test
    void pathParametersAreNeverNull() throws Exception {
        refused(converter(UUID.class, 1), " ", "id", "must not be blank");
        refused(converter(Long.class, 2), "", "id", "must not be blank");
        refused(converter(Integer.class, 4), " ", "number", "must not be blank");
        refused(converter(Integer.class, 4), "abc", "number", "is not a whole number");
        assertEquals(7, converter(Integer.class, 4).fromString("7"));
    }
}
