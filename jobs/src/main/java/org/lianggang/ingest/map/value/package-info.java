/**
 * One value cell read as a number in its element's unit: full-width digits, thousands separators, units written in
 * the cell, placeholders and the form's missing codes; the plain numbers of machine-written files without the
 * general parser. It knows no layout and no file.
 */
package org.lianggang.ingest.map.value;
