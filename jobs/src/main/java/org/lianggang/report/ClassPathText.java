package org.lianggang.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files the report package ships on its class path (SQL, the page template, ECharts). */
final class ClassPathText {

    private ClassPathText() {
    }

    static String read(String path) {
        try (InputStream in = ClassPathText.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
