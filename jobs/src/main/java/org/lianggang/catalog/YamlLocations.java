package org.lianggang.catalog;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where each key and value of a YAML file stands (1-based line and column), by JSON pointer
 * ({@code /domains/0/indicators/3/computation/numerator}). Read only when a problem must be placed, so a correct
 * catalog is parsed once.
 */
public final class YamlLocations {

    /** A place in a file. */
    public record Position(int line, int column) {
    }

    private static final Position START = new Position(1, 1);

    private final Map<String, Position> byPointer = new HashMap<>();
    private final Map<String, Position> keys = new HashMap<>();

    private YamlLocations() {
    }

    /** Indexes the file as far as it parses; an unreadable file gives an empty index. */
    public static YamlLocations of(Path file) {
        YamlLocations locations = new YamlLocations();
        try (JsonParser parser = YAMLMapper.builder().build().createParser(file.toFile())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                TokenStreamLocation at = parser.currentTokenLocation();
                Position position = new Position(at.getLineNr(), at.getColumnNr());
                // A key first, then its value when that is a scalar: the message points at the wrong name itself.
                if (token == JsonToken.PROPERTY_NAME) {
                    locations.keys.put(pointer, position);
                }
                if (token.isScalarValue()) {
                    locations.byPointer.put(pointer, position);
                } else {
                    locations.byPointer.putIfAbsent(pointer, position);
                }
            }
        } catch (JacksonException e) {
            // A syntax error is reported on its own; the index keeps what came before it.
        }
        return locations;
    }

    /** The keys written directly in the mapping at {@code pointer}. */
    List<String> keysOf(String pointer) {
        return keys.keySet().stream().filter(k -> k.startsWith(pointer + "/")
                && k.indexOf('/', pointer.length() + 1) < 0).map(k -> k.substring(pointer.length() + 1)).toList();
    }

    /** The position of the key the pointer ends in (an unknown key), else as {@link #find}. */
    public Position findKey(String pointer) {
        Position key = keys.get(pointer);
        return key != null ? key : find(pointer);
    }

    /** The position of the pointer's value, or of its nearest enclosing key or item that exists (a missing key). */
    public Position find(String pointer) {
        String at = pointer;
        while (!at.isEmpty()) {
            Position position = byPointer.get(at);
            if (position != null) {
                return position;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return byPointer.getOrDefault("", START);
    }
}
