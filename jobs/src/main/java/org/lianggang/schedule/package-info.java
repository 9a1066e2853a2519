/**
 * Operations: the run lock that lets one pipeline run at a time across processes, the runs it guards (nightly
 * inbox scan → ingest → build → after-build steps, retract, restart, the yearly run), the job history, and the
 * scheduler of {@code lianggang serve}. It orchestrates ingest, lake and warehouse; they never call back into it.
 */
package org.lianggang.schedule;
