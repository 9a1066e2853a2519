package org.lianggang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The root a {@code demo --scale} command line sets before Spring starts, and only a demo's. */
class DemoScaleArgumentTest {

    @Test
    void eachScaleNamesItsRoot() {
        assertThat(DemoScaleArgument.regionRoot("--home", "/tmp/x", "demo", "--scale", "province")).contains("450000");
        assertThat(DemoScaleArgument.regionRoot("demo", "--scale=country", "--year", "2019")).contains("100000");
        assertThat(DemoScaleArgument.regionRoot("--lianggang.regions.root=450000", "demo", "--scale", "CITY"))
                .contains("450200");
    }

    @Test
    void noScaleOrAnotherCommandSetsNothing() {
        assertThat(DemoScaleArgument.regionRoot("demo")).isEmpty();
        assertThat(DemoScaleArgument.regionRoot("--home", "demo", "build")).isEmpty();
        assertThat(DemoScaleArgument.regionRoot("demo", "--scale", "county")).isEmpty();
    }
}
