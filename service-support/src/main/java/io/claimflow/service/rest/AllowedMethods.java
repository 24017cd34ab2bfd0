package io.claimflow.service.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which HTTP methods each resource path allows, read once from the resources' JAX-RS annotations: the framework answers
 * a wrong method with a 405 that names none, and HTTP requires that a 405 carries {@code Allow}.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*([^{}]+))?}");

    private final List<Route> routes = new ArrayList<>();

    public AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path classPath = bean.getBeanClass().getAnnotation(Path.class);
            if (classPath != null) {
                for (Method method : bean.getBeanClass().getMethods()) {
                    String httpMethod = httpMethodOf(method);
                    if (httpMethod != null) {
                        Path methodPath = method.getAnnotation(Path.class);
                        String template = classPath.value() + "/" + (methodPath == null ? "" : methodPath.value());
                        route(pattern(template)).methods.add(httpMethod);
                    }
                }
            }
        }
        // Quarkus REST answers OPTIONS on every resource path, and HEAD wherever GET is allowed.
        routes.forEach(route -> {
            route.methods.add(HttpMethod.OPTIONS);
            if (route.methods.contains(HttpMethod.GET)) {
                route.methods.add(HttpMethod.HEAD);
            }
        });
    }

    /** The value of {@code Allow} for a path, relative to the application, or empty for a path no resource has. */
    public String of(String path) {
        String normalized = normalize(path);
        Set<String> allowed = new TreeSet<>();
        routes.stream()
                .filter(route -> route.path.matcher(normalized).matches())
                .forEach(route -> allowed.addAll(route.methods));
        return String.join(", ", allowed);
    }

    private Route route(Pattern path) {
        return routes.stream()
                .filter(route -> route.path.pattern().equals(path.pattern()))
                .findFirst()
                .orElseGet(() -> {
                    Route route = new Route(path, new TreeSet<>());
                    routes.add(route);
                    return route;
                });
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    private static Pattern pattern(String template) {
        String path = normalize(template);
        StringBuilder regex = new StringBuilder();
        Matcher parameter = TEMPLATE_PARAMETER.matcher(path);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(path.substring(last, parameter.start())));
            regex.append('(')
                    .append(
                            parameter.group(1) == null
                                    ? "[^/]+"
                                    : parameter.group(1).strip())
                    .append(')');
            last = parameter.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(path.substring(last))).toString());
    }

    /** One leading slash, no trailing or doubled ones. */
    private static String normalize(String path) {
        String collapsed = ("/" + path).replaceAll("/{2,}", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/")
                ? collapsed.substring(0, collapsed.length() - 1)
                : collapsed;
    }

    private record Route(Pattern path, Set<String> methods) {}
}
