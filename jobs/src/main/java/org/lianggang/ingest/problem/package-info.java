/**
 * The problems an ingest finds: values with a code, the file, row, column and cell they concern, and a message a
 * clerk can act on, and the refusal of a file that carries them. Readers, mappers and the job all report them; this
 * package uses nothing of theirs.
 */
package org.lianggang.ingest.problem;
