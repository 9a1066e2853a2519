package org.lianggang.lake;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lake files one warehouse build reads, fixed when the build starts ({@link Lake#pin}): each table's current
 * data files and every manifest entry's file, each list ending with its table's empty schema file. A warehouse whose
 * views name these files and no glob shows the lake as it was at its build, whatever is committed after it, and
 * the files it names are deleted only after a later build has been swapped in ({@link Lake#removeSuperseded}).
 */
public record LakeFiles(List<Path> dataValue, List<Path> assessment, List<Path> manifest) {

    public LakeFiles {
        dataValue = List.copyOf(dataValue);
        assessment = List.copyOf(assessment);
        manifest = List.copyOf(manifest);
    }

    /** Whether {@code file} is one of the pinned files. */
    boolean names(Path file) {
        return Stream.of(dataValue, assessment, manifest).anyMatch(files -> files.contains(file));
    }
}
