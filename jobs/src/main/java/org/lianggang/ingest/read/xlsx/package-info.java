/**
 * .xlsx sheets streamed: Woodstox parses the sheet's XML on a thread of its own into POI's cell events, with the
 * shared strings (spilled to a file when large), the styles' number formats and the merged regions read once.
 * Memory stays bounded however long the sheet is.
 */
package org.lianggang.ingest.read.xlsx;
