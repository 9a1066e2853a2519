/**
 * The configuration a bureau edits, loaded from {@code schemas/}: plans with their domains and indicators,
 * data elements, regions with their succession, and department source layouts. Everything here is an
 * immutable record read once; this package never reads department data or writes anything.
 */
package org.lianggang.catalog;
