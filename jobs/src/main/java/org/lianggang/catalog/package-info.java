/**
 * The configuration a bureau edits, loaded from {@code schemas/}: plans with their domains, goals and indicators
 * (a local plan extending a national one),
 * data elements, regions with their succession, and department source layouts. Everything here is an
 * immutable record read once; this package never reads department data or writes anything.
 */
package org.lianggang.catalog;
