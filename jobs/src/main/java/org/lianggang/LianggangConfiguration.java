package org.lianggang;

import java.time.Clock;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.CatalogLoader;
import org.lianggang.lake.Lake;
import org.lianggang.warehouse.Warehouse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The long-lived parts every job shares: the catalog read from schemas/, the lake and the warehouse under home. */
@Configuration
class LianggangConfiguration {

    @Bean
    Catalog catalog(LianggangProperties properties) {
        return new CatalogLoader().load(properties.schemas(), properties.extraSchemas(),
                properties.regions().root());
    }

    @Bean
    Lake lake(LianggangProperties properties, ObjectProvider<FileMover> mover, ObjectProvider<Clock> clock) {
        // A FileMover bean exists only in fault tests (a rename that fails), a Clock bean only in clock tests (a
        // clock that jumps); otherwise the atomic rename and the system clock.
        return new Lake(properties.lake(), mover.getIfAvailable(() -> FileMover.ATOMIC),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    Warehouse warehouse(LianggangProperties properties) {
        return new Warehouse(properties.warehouse(), properties.models());
    }
}
