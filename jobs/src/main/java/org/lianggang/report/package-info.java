/**
 * Presentation of warehouse figures for people: rounding by the bureau's convention, and (later) the exports to
 * Excel, CSV and HTML. It reads the warehouse; it never changes it.
 */
package org.lianggang.report;
