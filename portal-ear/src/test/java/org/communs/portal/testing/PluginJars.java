package org.communs.portal.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Plugin jars for the tests, built from compiled classes like a plugin author's build would: the
 * example plugin of {@code plugins/links} (from its jar on the test class path), and test plugins
 * of {@code org.example.fixtures}, in the versions a test needs.
 */
public final class PluginJars {

    private PluginJars() {
    }

    /** The entries of a jar, by name, in order. */
    public static Map<String, byte[]> entries(byte[] jar) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static byte[] jar(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The jar (or classes directory, zipped) a class of the test class path was loaded from. */
    public static byte[] jarOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return Files.readAllBytes(location);
            }
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    entries.put(location.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            return jar(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A test plugin of {@code org.example.fixtures}: its classes (outer and nested), a descriptor and migrations. */
    public static byte[] fixture(Class<?> pluginClass, String descriptor, Map<String, String> otherEntries) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/portal-plugin.properties", descriptor.getBytes(StandardCharsets.UTF_8));
        String folder = pluginClass.getPackageName().replace('.', '/') + "/";
        String simple = pluginClass.getSimpleName();
        try {
            Path classes = Path.of(pluginClass.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve(folder);
            try (Stream<Path> files = Files.list(classes)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.equals(simple + ".class") || name.startsWith(simple + "$")) {
                        entries.put(folder + name, Files.readAllBytes(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        otherEntries.forEach((name, content) -> entries.put(name, content.getBytes(StandardCharsets.UTF_8)));
        return jar(entries);
    }

    public static InputStream stream(byte[] jar) {
        return new ByteArrayInputStream(jar);
    }
}
