package org.lianggang.catalog;

import org.lianggang.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A file of {@code schemas/} that Jackson could not read, as one {@link CatalogProblem}: YAML syntax, an unknown
 * key, a missing required key, a value of the wrong kind; placed at the line and column it concerns.
 */
public final class YamlErrors {

    private static final String MISSING = "Missing required creator property '";

    private YamlErrors() {
    }

    public static CatalogProblem problem(Path file, JacksonException e) {
        Optional<MarkedYamlEngineException> syntax = syntaxError(e);
        if (syntax.isPresent()) {
            return syntax(file, e, syntax.get());
        }
        String pointer = pointer(e.getPath());
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            String key = unknown.getPropertyName();
            List<String> known = unknown.getKnownPropertyIds().stream().map(Object::toString).toList();
            message = NearNames.message("未知的键 " + key, "unknown key '" + key + "'", key, known)
                    + Messages.pick("（已知：", " (known: ") + known.stream().sorted().collect(Collectors.joining(", ")) + Messages.pick("）", ")");
        } else if (e instanceof MismatchedInputException && e.getOriginalMessage().startsWith(MISSING)) {
            return missingKey(file, pointer, e.getOriginalMessage().substring(MISSING.length()).replaceFirst("'.*", ""));
        } else if (e instanceof InvalidFormatException invalid) {
            message = Messages.pick("取值无效 " + invalid.getValue() + "：", "invalid value: ") + firstLine(e.getOriginalMessage());
        } else {
            message = Messages.pick("无法读取：", "cannot read: ") + firstLine(e.getOriginalMessage());
        }
        YamlLocations.Position at = e.getPath().isEmpty() ? position(e.getLocation())
                : e instanceof UnrecognizedPropertyException ? YamlLocations.of(file).findKey(pointer)
                : YamlLocations.of(file).find(pointer);
        return new CatalogProblem(file, at.line(), at.column(), message);
    }

    /** At the entry that lacks the key; at a misspelling of it when the entry has one (countys for counties). */
    private static CatalogProblem missingKey(Path file, String keyPointer, String key) {
        String entry = keyPointer.substring(0, Math.max(0, keyPointer.lastIndexOf('/')));
        YamlLocations locations = YamlLocations.of(file);
        String message = Messages.pick("缺少必填键 " + key, "missing required key '" + key + "'");
        Optional<String> misspelt = NearNames.nearest(key, locations.keysOf(entry));
        YamlLocations.Position at = misspelt.map(m -> locations.findKey(entry + "/" + m))
                .orElseGet(() -> locations.find(entry));
        return new CatalogProblem(file, at.line(), at.column(), misspelt.map(m -> Messages.pick("缺少必填键 " + key + "，"
                + m + " 是否为其误写？", "missing required key '" + key + "'; is '" + m + "' a misspelling of it?"))
                .orElse(message));
    }

    private static CatalogProblem syntax(Path file, JacksonException e, MarkedYamlEngineException yaml) {
        String context = yaml.getContext() == null ? "" : " (" + yaml.getContext()
                + yaml.getContextMark().map(m -> " at " + (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse("")
                + ")";
        YamlLocations.Position at = yaml.getProblemMark().map(YamlErrors::position)
                .orElseGet(() -> position(e.getLocation()));
        return new CatalogProblem(file, at.line(), at.column(),
                Messages.pick("YAML 语法错误：", "YAML syntax error: ") + yaml.getProblem() + context);
    }

    private static Optional<MarkedYamlEngineException> syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYamlEngineException marked) {
                return Optional.of(marked);
            }
        }
        return Optional.empty();
    }

    private static String pointer(List<JacksonException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            pointer.append('/').append(reference.getPropertyName() != null ? reference.getPropertyName()
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    private static YamlLocations.Position position(Mark mark) {
        return new YamlLocations.Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static YamlLocations.Position position(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? new YamlLocations.Position(0, 0)
                : new YamlLocations.Position(location.getLineNr(), location.getColumnNr());
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
