package org.lianggang.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The build's memory limit is a size DuckDB understands, or empty for DuckDB's own default. */
class WarehouseFilePropertiesTest {

    @Test
    void memoryLimitIsASizeOrEmpty() {
        assertThat(new WarehouseFileProperties(null, null).memoryLimit()).isEmpty();
        assertThat(new WarehouseFileProperties("v1.0.0", " 1500MB ").memoryLimit()).isEqualTo("1500MB");
        assertThat(new WarehouseFileProperties("v1.0.0", "2GB").memoryLimit()).isEqualTo("2GB");
        assertThatThrownBy(() -> new WarehouseFileProperties("v1.0.0", "lots"))
                .hasMessageContaining("lianggang.warehouse.memory-limit").hasMessageContaining("'lots'");
        assertThatThrownBy(() -> new WarehouseFileProperties("v1.0.0", "80%"))
                .hasMessageContaining("须为内存大小，如 2GB");
    }
}
