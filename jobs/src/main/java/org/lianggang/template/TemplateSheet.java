package org.lianggang.template;

import java.util.List;

/**
 * What a fill-in form holds, before it is written: its title, columns, rows (a fixed cell holds its text, a cell to
 * fill holds {@code null}) and the notes of its 填报说明 sheet.
 */
record TemplateSheet(String sheetName, String title, List<TemplateColumn> columns, List<List<String>> rows,
                     List<String> notes, List<List<String>> reference, List<String> referenceHeader) {
}
