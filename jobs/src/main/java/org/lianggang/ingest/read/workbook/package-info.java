/**
 * What the .xls and .xlsx readers share: the sheet as Excel shows it (a merged cell's value in every cell it covers,
 * hidden rows and columns left out with a warning), the sheet to read, a cell's text as Excel shows it, and the
 * refusal of an unreadable workbook; and .xls sheets, read whole through POI's HSSF.
 */
package org.lianggang.ingest.read.workbook;
