package org.lianggang.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Spring context with the real jobs, JobRepository, lake and warehouse under a temporary home; no CLI. Each test
 * class has its own home, so its context is not reused by the next class (it would still point at the old home).
 */
@SpringBootTest(properties = "lianggang.cli.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class PipelineTestBase {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("lianggang.home", () -> home.toString());
        registry.add("lianggang.schemas", Pipeline.SCHEMAS::toString);
        registry.add("lianggang.models", Pipeline.MODELS::toString);
        registry.add("lianggang.inbox.settle", () -> Pipeline.SETTLE);
    }

    static Path csv(String name, String content) throws IOException {
        Path file = home.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
