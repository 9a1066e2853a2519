package org.lianggang.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * {@code schema_version} changes with the warehouse's shape and only with it: new data (another year, which also
 * adds a pivoted year column to report_trend_wide) keeps it; a model that adds a view changes it.
 */
class SchemaVersionTest {

    private static final String VERSION = "SELECT schema_version, tables_and_views, columns FROM schema_version";

    @TempDir
    Path home;
    @TempDir
    Path models;

    @Test
    void theFingerprintFollowsTheShapeNotTheData() throws Exception {
        Cli.demoInbox(home, 2019);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        var first = Pipeline.rows(home, VERSION).get(0);
        assertThat(first.get(0)).matches("[0-9a-f]{12}");
        assertThat(Integer.parseInt(first.get(1))).isEqualTo(
                (int) Pipeline.count(home, "SELECT count(*) FROM information_schema.tables") - 1);

        Cli.demoInbox(home, 2018);
        assertThat(Cli.run(home, "nightly").exitCode()).isZero();
        assertThat(Pipeline.count(home, "SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'report_trend_wide' AND column_name = 'y2018'")).isOne();
        assertThat(Pipeline.rows(home, VERSION).get(0)).isEqualTo(first);

        copyModels(models);
        Files.writeString(models.resolve("95_analyst_extra.sql"), "create view analyst_extra as select 1 as x;\n");
        Files.writeString(models.resolve("95_analyst_extra.yaml"), """
                analyst_extra:
                  description: 附加｜an extra view
                  grain: [x]
                  columns:
                    x: 列｜a column
                """);
        assertThat(Cli.run(Map.of("lianggang.models", models.toString()), home, "build").exitCode()).isZero();
        var changed = Pipeline.rows(home, VERSION).get(0);
        assertThat(changed.get(0)).isNotEqualTo(first.get(0));
        assertThat(Integer.parseInt(changed.get(1))).isEqualTo(Integer.parseInt(first.get(1)) + 1);
        assertThat(Integer.parseInt(changed.get(2))).isEqualTo(Integer.parseInt(first.get(2)) + 1);
    }

    private static void copyModels(Path target) throws Exception {
        FileSystemUtils.copyRecursively(Pipeline.MODELS, target);
    }
}
