package org.lianggang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianggang.warehouse.Warehouse;

/** The dictionary is the comments of the warehouse, table by table, split into the Chinese title and English. */
class DataDictionaryTest {

    @TempDir
    Path home;

    @Test
    void dictionaryListsEveryTableWithItsCommentedColumns() throws Exception {
        Path file = TestWarehouse.create(home, "commented-warehouse.sql");
        StringWriter text = new StringWriter();
        new DataDictionary(new Warehouse(file, home)).write(new PrintWriter(text));
        assertThat(text.toString())
                .contains("## `report_indicator` 指标监测表\n\none row per plan × year × region × indicator\n")
                .contains("| `status` | VARCHAR | 达标情况 | 达标 / 基本实现 / 未达标 / 无数据 |")
                .contains("| `note` | VARCHAR |  |  |")
                .contains("## `report_trend`\n")
                .contains("## `indicator_status`\n");
    }
}
