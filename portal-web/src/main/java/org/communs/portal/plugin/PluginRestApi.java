package org.communs.portal.plugin;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plugin's REST resource, routed by the portal itself rather than handed to the Jakarta REST
 * runtime as a sub-resource: the runtime keeps every resource class and every entity class it has
 * seen in caches it never empties, which would keep an uninstalled plugin's classes loaded.
 *
 * <p>It reads the Jakarta REST annotations plugin authors know, on the resource's public methods:
 * {@code @GET/@POST/@PUT/@DELETE}, {@code @Path} with {@code {name}} parameters, {@code @PathParam},
 * {@code @QueryParam}, {@code @HeaderParam}, {@code @DefaultValue}, {@code @Produces}, {@code @Consumes} (another format is a 415),
 * {@code @Context UriInfo/HttpHeaders}, and one body parameter (JSON read with JSON-P for
 * {@code JsonObject}, with JSON-B for other types, or a {@code String} or {@code InputStream}).
 * Entities are written as JSON with a JSON-B instance of the plugin's own, closed with it.
 */
final class PluginRestApi implements AutoCloseable {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w+)\\s*(?::[^}]*)?}");

    private final Object resource;
    private final ClassLoader loader;
    private final List<Route> routes;
    private final Jsonb jsonb;

    private PluginRestApi(Object resource, ClassLoader loader, List<Route> routes, Jsonb jsonb) {
        this.resource = resource;
        this.loader = loader;
        this.routes = routes;
        this.jsonb = jsonb;
    }

    /** @return the API of a plugin's resource, or null when it has none */
    static PluginRestApi of(Object resource, ClassLoader loader) throws Exception {
        if (resource == null) {
            return null;
        }
        List<Route> routes = new ArrayList<>();
        for (Method method : resource.getClass().getMethods()) {
            String verb = verb(method);
            if (verb != null) {
                Path path = method.getAnnotation(Path.class);
                routes.add(Route.of(verb, path == null ? "" : path.value(), method));
            }
        }
        // The most specific path first: literal segments beat parameters ("links/recent" before "links/{id}").
        routes.sort(Comparator.comparingInt(Route::literalLength).reversed());
        // Made with the portal's context loader: JSON-B's provider is found through the application, not the plugin.
        Jsonb jsonb = JsonbBuilder.create();
        return new PluginRestApi(resource, loader, List.copyOf(routes), jsonb);
    }

    /** Answers one request for the path below {@code /api/v1/plugins/<id>/}. */
    Response handle(String verb, String path, UriInfo uri, HttpHeaders headers, InputStream body) {
        String clean = path.replaceAll("^/+|/+$", "");
        boolean pathKnown = false;
        for (Route route : routes) {
            Matcher matched = route.pattern().matcher(clean);
            if (!matched.matches()) {
                continue;
            }
            pathKnown = true;
            if (route.verb().equals(verb)) {
                if (!route.accepts(headers.getMediaType())) {
                    throw new NotSupportedException();
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    values.put(route.names().get(i), matched.group(i + 1));
                }
                return invoke(route, values, uri, headers, body);
            }
        }
        if (pathKnown) {
            throw new NotAllowedException(Response.status(405).build());
        }
        throw new NotFoundException();
    }

    private Response invoke(Route route, Map<String, String> pathValues, UriInfo uri, HttpHeaders headers, InputStream body) {
        try {
            Object[] arguments = arguments(route.method(), pathValues, uri, headers, body);
            Object result = PluginCalls.within(loader, () -> route.method().invoke(resource, arguments));
            return written(result, route.produces());
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime instanceof WebApplicationException web ? withWrittenEntity(web) : runtime;
            }
            throw new IllegalStateException(cause);
        } catch (WebApplicationException | org.communs.portal.api.plugin.AccessDeniedException refused) {
            throw refused;
        } catch (Exception failed) {
            throw new IllegalStateException("Plugin REST call failed", failed);
        }
    }

    private Object[] arguments(Method method, Map<String, String> pathValues, UriInfo uri, HttpHeaders headers, InputStream body)
            throws Exception {
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            DefaultValue fallback = parameter.getAnnotation(DefaultValue.class);
            String text;
            if (parameter.isAnnotationPresent(PathParam.class)) {
                text = pathValues.get(parameter.getAnnotation(PathParam.class).value());
            } else if (parameter.isAnnotationPresent(QueryParam.class)) {
                text = uri.getQueryParameters().getFirst(parameter.getAnnotation(QueryParam.class).value());
            } else if (parameter.isAnnotationPresent(HeaderParam.class)) {
                text = headers.getHeaderString(parameter.getAnnotation(HeaderParam.class).value());
            } else if (parameter.isAnnotationPresent(Context.class)) {
                arguments[i] = parameter.getType() == UriInfo.class ? uri : parameter.getType() == HttpHeaders.class ? headers : null;
                continue;
            } else {
                arguments[i] = entity(parameter, body);
                continue;
            }
            arguments[i] = converted(text == null && fallback != null ? fallback.value() : text, parameter.getType());
        }
        return arguments;
    }

    private Object entity(Parameter parameter, InputStream body) throws Exception {
        Class<?> type = parameter.getType();
        if (type == InputStream.class) {
            return body;
        }
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(10 * 1024 * 1024);
        if (type == String.class) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (bytes.length == 0) {
            return null;
        }
        try {
            if (JsonStructure.class.isAssignableFrom(type)) {
                try (JsonReader reader = Json.createReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
                    return reader.read();
                }
            }
            return PluginCalls.within(loader, () -> jsonb.fromJson(new String(bytes, StandardCharsets.UTF_8), parameter.getParameterizedType()));
        } catch (RuntimeException malformed) {
            throw new BadRequestException("Malformed JSON body");
        }
    }

    private static Object converted(String text, Class<?> type) {
        if (text == null) {
            return type.isPrimitive() ? (type == boolean.class ? false : 0) : null;
        }
        try {
            if (type == String.class) {
                return text;
            } else if (type == long.class || type == Long.class) {
                return Long.valueOf(text);
            } else if (type == int.class || type == Integer.class) {
                return Integer.valueOf(text);
            } else if (type == boolean.class || type == Boolean.class) {
                return Boolean.valueOf(text);
            }
        } catch (NumberFormatException notANumber) {
            // A path or query value that is not the number the method takes: that address does not exist.
            throw new NotFoundException();
        }
        throw new IllegalStateException("Unsupported parameter type " + type.getName());
    }

    /** The result as a response whose entity the portal has already written (JSON unless the method says otherwise). */
    private Response written(Object result, String produces) throws Exception {
        if (result == null) {
            return Response.noContent().build();
        }
        if (result instanceof Response response) {
            return rewritten(response, produces);
        }
        if (result instanceof String || result instanceof byte[] || result instanceof InputStream) {
            // Written as they are, as Jakarta REST does: a text is not turned into a JSON string.
            return Response.ok(result, produces).build();
        }
        return Response.ok(serialised(result), produces).build();
    }

    private Response rewritten(Response response, String produces) throws Exception {
        Object entity = response.getEntity();
        if (entity == null || entity instanceof String || entity instanceof byte[] || entity instanceof InputStream) {
            return response;
        }
        Response.ResponseBuilder copy = Response.fromResponse(response).entity(serialised(entity));
        if (response.getMediaType() == null) {
            copy.type(produces);
        }
        return copy.build();
    }

    private WebApplicationException withWrittenEntity(WebApplicationException thrown) {
        try {
            Response response = thrown.getResponse();
            return response.getEntity() == null ? thrown : new WebApplicationException(thrown.getMessage(),
                    rewritten(response, MediaType.APPLICATION_JSON));
        } catch (Exception unwritable) {
            return thrown;
        }
    }

    private String serialised(Object entity) throws Exception {
        if (entity instanceof jakarta.json.JsonValue json) {
            return json.toString();
        }
        return PluginCalls.within(loader, () -> jsonb.toJson(entity));
    }

    @Override
    public void close() throws Exception {
        jsonb.close();
    }

    private static String verb(Method method) {
        for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return verb.getSimpleName();
            }
        }
        return null;
    }

    /**
     * One resource method: its verb, its path as a pattern with the names of its parameters, and
     * the body formats it takes: those of its {@code @Consumes}, else JSON when it reads its body as
     * JSON, else any (a {@code String} or {@code InputStream} body, or none).
     */
    private record Route(String verb, Pattern pattern, List<String> names, Method method, int literalLength, String produces,
            List<MediaType> consumes) {

        /** A request without a content type has no body to judge: the method gets null (or an empty text). */
        boolean accepts(MediaType sent) {
            return sent == null || consumes.isEmpty() || consumes.stream().anyMatch(type -> type.isCompatible(sent)
                    || (type.equals(MediaType.APPLICATION_JSON_TYPE) && sent.getSubtype().endsWith("+json")));
        }

        private static List<MediaType> consumes(Method method) {
            Consumes declared = method.getAnnotation(Consumes.class);
            if (declared != null) {
                return java.util.Arrays.stream(declared.value()).flatMap(value -> java.util.Arrays.stream(value.split(",")))
                        .map(String::strip).map(MediaType::valueOf).toList();
            }
            for (Parameter parameter : method.getParameters()) {
                boolean body = java.util.stream.Stream.of(PathParam.class, QueryParam.class, HeaderParam.class, Context.class)
                        .noneMatch(parameter::isAnnotationPresent);
                if (body && parameter.getType() != String.class && parameter.getType() != InputStream.class) {
                    return List.of(MediaType.APPLICATION_JSON_TYPE);
                }
            }
            return List.of();
        }

        static Route of(String verb, String template, Method method) {
            String clean = template.replaceAll("^/+|/+$", "");
            StringBuilder regex = new StringBuilder();
            List<String> names = new ArrayList<>();
            Matcher parameter = TEMPLATE.matcher(clean);
            int last = 0;
            int literal = 0;
            while (parameter.find()) {
                regex.append(Pattern.quote(clean.substring(last, parameter.start()))).append("([^/]+)");
                literal += parameter.start() - last;
                names.add(parameter.group(1));
                last = parameter.end();
            }
            regex.append(Pattern.quote(clean.substring(last)));
            literal += clean.length() - last;
            Produces produces = method.getAnnotation(Produces.class);
            return new Route(verb, Pattern.compile(regex.toString()), List.copyOf(names), method, literal,
                    produces == null || produces.value().length == 0 ? MediaType.APPLICATION_JSON : produces.value()[0],
                    consumes(method));
        }
    }
}
