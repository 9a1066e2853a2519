package org.lianggang;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The operator's texts, from the bundle {@code messages/lianggang.properties} (Chinese, the default) and
 * {@code messages/lianggang_en.properties}: {@link #text} formats one with {@link String#format} placeholders
 * ({@code %%} is a percent sign in every text).
 * picocli reads the same bundle for every command's help ({@link #bundle}).
 *
 * <p>The language is chosen once per process, before any text is printed: by the command line before Spring starts
 * ({@code LianggangApplication}), or from the environment Spring prepared. It is held here, the one mutable static
 * of the code, because a problem text is made deep inside a job, and every text of a process is in one language,
 * like the JVM's default locale.
 */
public final class Messages {

    static final String BUNDLE = "messages/lianggang";

    private static volatile Language current = Language.zh;

    private Messages() {
    }

    /** Chooses the language of every text from now on. */
    public static void use(Language language) {
        current = language;
    }

    public static Language language() {
        return current;
    }

    /** The bundle of the current language (a missing key falls back to the Chinese one). */
    public static ResourceBundle bundle() {
        return bundle(current);
    }

    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text of {@code key} in the current language, its {@code %s}, {@code %d} … filled with {@code args}. */
    public static String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message " + key + " in " + BUNDLE, e);
        }
        return String.format(Locale.ROOT, pattern, args);
    }

    /** Of two texts written side by side in code, the one in the current language. */
    public static String pick(String chinese, String english) {
        return current.pick(chinese, english);
    }
}
