package org.lianggang.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lianggang.Language;
import org.lianggang.Messages;

/**
 * Every test class and method starts in the default language, Chinese. The language is one per process
 * ({@link Messages}), and a command run with {@code --lang en} leaves it English until the next command chooses
 * again, so a unit test after such a test would otherwise read English texts, or Chinese ones, depending on the
 * order the suite happens to run in. Registered for every test class by extension auto-detection
 * ({@code junit-platform.properties}).
 */
public final class DefaultLanguage implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        Messages.use(Language.zh);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Messages.use(Language.zh);
    }
}
