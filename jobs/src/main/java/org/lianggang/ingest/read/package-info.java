/**
 * Opens an export by what its bytes are, not by its name: delimited text ({@code read.csv}) or a workbook
 * ({@code read.xlsx} streamed, {@code read.workbook} for .xls), every one handing on its rows as text cells
 * ({@code read.row}). Reading knows nothing of a layout's columns or the catalog's elements: that is mapping's work.
 */
package org.lianggang.ingest.read;
