package org.icpo.kit.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import org.icpo.kit.problem.ApiException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a query parameter the operation does not take with a 400 problem naming it and the ones it takes, as a
 * misspelt field of a JSON body is refused ({@code quarkus.jackson.fail-on-unknown-properties}): a filter spelt
 * {@code regoin} where {@code GET /members} takes {@code region} would otherwise be ignored, and the client would read
 * every member as the ones it asked for. The operation's parameters are its {@code @QueryParam}s, those of
 * its {@code @BeanParam}s (paging) included, read once per resource method.
 *
 * <p>A resource that serves existing outside clients, which may send parameters of their own (the public notices API),
 * is marked {@link AnyQueryParameters}.
 */
public class UnknownQueryParameters {

    /** Marks a resource class whose operations ignore query parameters they do not take. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface AnyQueryParameters {
    }

    /** The parameters each resource method takes (null names: its resource is marked {@link AnyQueryParameters}). */
    private final ConcurrentHashMap<Method, Taken> taken = new ConcurrentHashMap<>();

    private record Taken(Set<String> names) {
    }

    @ServerRequestFilter
    public void refuse(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getRequestUri().getRawQuery() == null) {
            return;
        }
        Set<String> names = taken.computeIfAbsent(method, m -> new Taken(takenBy(resource.getResourceClass(), m))).names();
        if (names == null) {
            return;
        }
        for (String name : uri.getQueryParameters().keySet()) {
            if (!names.contains(name)) {
                throw ApiException.invalid(name.isEmpty() ? "query" : name, names.isEmpty()
                        ? "is not a parameter of this operation, which takes none"
                        : "is not a parameter of this operation, which takes " + String.join(", ", names));
            }
        }
    }

    /** The query parameters a resource method takes, in alphabetical order; null when its class takes any. */
    static Set<String> takenBy(Class<?> resourceClass, Method method) {
        if (resourceClass != null && resourceClass.isAnnotationPresent(AnyQueryParameters.class)
                || method.getDeclaringClass().isAnnotationPresent(AnyQueryParameters.class)) {
            return null;
        }
        Set<String> names = new TreeSet<>();
        Class<?>[] types = method.getParameterTypes();
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof QueryParam q) {
                    names.add(q.value());
                } else if (a instanceof BeanParam) {
                    beanParameters(types[i], names);
                }
            }
        }
        return names;
    }

    private static void beanParameters(Class<?> bean, Set<String> names) {
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (AnnotatedElement e : c.getDeclaredFields()) {
                add(e, names);
            }
            for (AnnotatedElement e : c.getDeclaredMethods()) {
                add(e, names);
            }
        }
    }

    private static void add(AnnotatedElement e, Set<String> names) {
        QueryParam q = e.getAnnotation(QueryParam.class);
        if (q != null) {
            names.add(q.value());
        }
    }
}
