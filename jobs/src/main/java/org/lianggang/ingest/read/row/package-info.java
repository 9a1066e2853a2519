/**
 * What every reader hands on, whatever the format: the file opened for reading, its rows top to bottom as text cells
 * with their row numbers, and what a reader saw that the rows do not show. The mappers read rows only through it.
 */
package org.lianggang.ingest.read.row;
