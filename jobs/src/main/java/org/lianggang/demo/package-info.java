/**
 * Deterministic sample exports for the demo and the tests: real CSV files in the inbox, shaped by the source
 * layouts and following the scenario in {@code schemas/demo/}. It writes files only; loading them is the ingest
 * job's work, so the demo figures come out of the same pipeline as real data.
 */
package org.lianggang.demo;
