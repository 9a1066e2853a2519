/**
 * What keeps the suite honest on a fresh clone, for every test class without each class asking for it: no Spring
 * context left open on a temporary home when JUnit deletes it ({@link org.lianggang.testing.OpenContextCheck}), a
 * skipped test saying why on the console ({@link org.lianggang.testing.SkipReasons}); the default timeout is in
 * {@code junit-platform.properties}. Test code only: nothing in {@code src/main} may use it.
 */
package org.lianggang.testing;
