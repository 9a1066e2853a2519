package org.lianggang.testing;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails a test class that leaves a Spring context open on one of its static {@code @TempDir} homes, and a test
 * method that does so on an instance one. JUnit deletes the directory right after; an H2 JobRepository still open
 * there re-creates {@code jobs/repository.lock.db} while it is deleted, so the deletion fails now and then, far
 * from the cause (issue 10 §3: {@code IngestCorpusTest}'s cached context). Registered for every test class by
 * extension auto-detection ({@code junit-platform.properties}); its after-callbacks run after SpringExtension's,
 * which close a {@code @DirtiesContext} context, and before the temporary directories are deleted.
 */
public final class OpenContextCheck implements AfterAllCallback, AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws IllegalAccessException {
        if (!perClass(context)) {
            Object instance = context.getRequiredTestInstance();
            check(tempDirs(instance.getClass(), instance), context.getDisplayName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IllegalAccessException {
        String test = context.getRequiredTestClass().getSimpleName();
        check(tempDirs(context.getRequiredTestClass(), null), test);
        if (perClass(context)) {
            Object instance = context.getRequiredTestInstance();
            check(tempDirs(instance.getClass(), instance), test);
        }
    }

    /** With one instance per class, its {@code @TempDir} fields live as long as the class. */
    private static boolean perClass(ExtensionContext context) {
        return context.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_METHOD)
                == TestInstance.Lifecycle.PER_CLASS;
    }

    private static void check(List<Path> tempDirs, String test) {
        for (Path home : OpenContexts.homes()) {
            for (Path dir : tempDirs) {
                if (home.startsWith(dir)) {
                    throw new AssertionError("Spring 上下文在测试结束后仍占用临时目录 · a Spring context is still open on "
                            + home + " after " + test + ", which JUnit deletes next: close it first"
                            + " (@DirtiesContext(classMode = AFTER_CLASS) on a @SpringBootTest class, or close the"
                            + " context LianggangApplication.run returned)");
                }
            }
        }
    }

    /** The {@code @TempDir} fields of the class and its superclasses: static ones, or the instance's own. */
    private static List<Path> tempDirs(Class<?> type, Object instance) throws IllegalAccessException {
        List<Path> dirs = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                boolean wanted = Modifier.isStatic(field.getModifiers()) == (instance == null);
                if (wanted && field.isAnnotationPresent(TempDir.class)) {
                    field.setAccessible(true);
                    Object value = field.get(instance);
                    Path dir = value instanceof File file ? file.toPath() : (Path) value;
                    if (dir != null) {
                        dirs.add(dir.toAbsolutePath().normalize());
                    }
                }
            }
        }
        return dirs;
    }
}
