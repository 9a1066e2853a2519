/**
 * Delimited text exports: the encoding (UTF-8, GBK/GB18030, UTF-16, garbled text refused), the delimiter, records
 * split at their bytes with repeating cells cached, Commons CSV for every record that holds a quote, and the rows
 * read ahead on a thread of their own.
 */
package org.lianggang.ingest.read.csv;
