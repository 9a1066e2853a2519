package org.lianggang.report;

/**
 * Which rows a report holds: one report year, optionally one plan and one region (null: all of them).
 *
 * @param year   the report year
 * @param plan   a plan code such as {@code women-2011-2020}, or null for every plan
 * @param region a region code of any level (a county, a city, a province), or null for the root and every region
 *               below it
 */
public record ReportFilter(int year, String plan, String region) {
}
