package org.lianggang;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of what an operator reads: help, usage errors, the lines a command prints, problem texts, summaries
 * and configuration errors. Chinese unless {@code lianggang.language: en} (or {@code --lang en},
 * {@code LIANGGANG_LANGUAGE=en}). Codes ({@code TOTAL_MISMATCH}), file, row and column references never change.
 */
public enum Language {
    zh(Locale.ROOT), en(Locale.ENGLISH);

    /** The setting that chooses it (application.yml, {@code --lianggang.language=en}, {@code LIANGGANG_LANGUAGE}). */
    public static final String SETTING = "lianggang.language";

    private final Locale bundleLocale;

    Language(Locale bundleLocale) {
        this.bundleLocale = bundleLocale;
    }

    /** The locale its message bundle is looked up with: the Chinese bundle is the base one. */
    Locale bundleLocale() {
        return bundleLocale;
    }

    /** {@code zh}, {@code zh-CN}, {@code zh_CN}, {@code en}, {@code en-US} …, whatever the case; empty otherwise. */
    public static Optional<Language> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        return word.equals("zh") || word.startsWith("zh-") || word.startsWith("zh_") ? Optional.of(zh)
                : word.equals("en") || word.startsWith("en-") || word.startsWith("en_") ? Optional.of(en)
                : Optional.empty();
    }

    /** Of two texts written side by side in code (the catalog's checks), the one in this language. */
    public String pick(String chinese, String english) {
        return this == en ? english : chinese;
    }
}
