package org.lianggang.lake;

import java.util.List;

/** A current lake file is not what its manifest entry committed: nothing may be built from the lake. */
public final class LakeFileChanged extends IllegalStateException {

    private final List<String> differences;

    LakeFileChanged(List<String> differences) {
        super("拒绝构建 (build refused): " + String.join("; ", differences));
        this.differences = List.copyOf(differences);
    }

    public List<String> differences() {
        return differences;
    }
}
