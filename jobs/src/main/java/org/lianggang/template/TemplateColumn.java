package org.lianggang.template;

import java.util.List;

/**
 * A column of a fill-in form: its header (the layout's own, so the filled form maps back without aliases), whether
 * the clerk fills it, and for a filled one the Excel check on its cells and the words that explain it.
 *
 * @param check   an Excel custom-validation formula over the column's first cell (written {@code {cell}}), a list of
 *                allowed words ({@code words}), or neither (free text)
 * @param rule    what the cell must hold, in the clerk's words (the validation's error message and the 填报说明)
 * @param explain the element's (or field's) definition and form, for the 填报说明 sheet
 */
record TemplateColumn(String header, boolean fill, String check, List<String> words, String rule,
                      String elementCode, String unit, String explain, String sourceForm) {

    static TemplateColumn fixed(String header) {
        return new TemplateColumn(header, false, null, List.of(), "已按行政区划填好，请勿修改", null, null, null, null);
    }

    static TemplateColumn text(String header, String rule) {
        return new TemplateColumn(header, true, null, List.of(), rule, null, null, null, null);
    }

    static TemplateColumn choice(String header, List<String> words) {
        return new TemplateColumn(header, true, null, List.copyOf(words), "从下拉列表中选择：" + String.join("、", words),
                null, null, null, null);
    }
}
