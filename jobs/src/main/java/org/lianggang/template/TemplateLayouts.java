package org.lianggang.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lianggang.catalog.Catalog;
import org.lianggang.catalog.ColumnSpec;
import org.lianggang.catalog.DataElement;
import org.lianggang.catalog.ElementRef;
import org.lianggang.catalog.Indicator;
import org.lianggang.catalog.LayoutShape;
import org.lianggang.catalog.Plan;
import org.lianggang.catalog.Region;
import org.lianggang.catalog.SourceField;
import org.lianggang.catalog.SourceLayout;
import org.lianggang.catalog.SourceTable;
import org.lianggang.catalog.ValidationRule;
import org.lianggang.catalog.ValueColumn;

/**
 * Lays out the fill-in form of one source layout for one year: the regions valid that year (successions applied),
 * and per shape the cells to fill: a wide layout's value columns, a long layout's value per region × element part the
 * plans use, an assessment's status per qualitative indicator × region.
 */
final class TemplateLayouts {

    /** Above it no value is held (DataElement.LARGEST_MAGNITUDE), written as Excel reads it. */
    private static final String LARGEST = "1E+15";

    private final Catalog catalog;

    TemplateLayouts(Catalog catalog) {
        this.catalog = catalog;
    }

    TemplateSheet of(SourceLayout layout, int year) {
        if (layout.table() == SourceTable.ASSESSMENT) {
            return assessment(layout, year);
        }
        return layout.shape() == LayoutShape.LONG ? longForm(layout, year) : wide(layout, year);
    }

    private TemplateSheet wide(SourceLayout layout, int year) {
        List<TemplateColumn> columns = new ArrayList<>(regionColumns(layout));
        for (ValueColumn value : layout.values()) {
            columns.add(valueColumn(value.header(), catalog.elements().get(value.element()), value.unit(), layout));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Region region : regions(year)) {
            List<String> row = regionCells(layout, region, year);
            layout.values().forEach(v -> row.add(null));
            rows.add(row);
        }
        return sheet(layout, year, columns, rows, elementReference(columns), notes(layout, year, true));
    }

    private TemplateSheet longForm(SourceLayout layout, int year) {
        List<TemplateColumn> columns = new ArrayList<>(regionColumns(layout));
        List<SourceField> parts = List.of(SourceField.ELEMENT, SourceField.SEX, SourceField.AREA,
                SourceField.AGE_GROUP);
        parts.forEach(f -> layout.field(f).map(ColumnSpec::header).map(TemplateColumn::fixed).ifPresent(columns::add));
        String valueHeader = layout.field(SourceField.VALUE).orElseThrow().header();
        columns.add(new TemplateColumn(valueHeader, true, numberCheck(null, false, layout), List.of(),
                "填写数字本身（单位见填报说明）" + missingWords(layout), null, null, null, null));
        List<List<String>> rows = new ArrayList<>();
        List<TemplateColumn> reference = new ArrayList<>();
        for (ElementRef ref : elementParts(year)) {
            DataElement element = catalog.elements().get(ref.element());
            reference.add(valueColumn(element.name() + describe(ref), element, null, layout));
            for (Region region : regions(year)) {
                List<String> row = regionCells(layout, region, year);
                layout.field(SourceField.ELEMENT).ifPresent(s -> row.add(element.name()));
                layout.field(SourceField.SEX).ifPresent(s -> row.add(word(layout.sexValues(), ref.sex())));
                layout.field(SourceField.AREA).ifPresent(s -> row.add(word(layout.areaValues(), ref.area())));
                layout.field(SourceField.AGE_GROUP).ifPresent(s -> row.add(ref.ageGroup() == null ? "" : ref.ageGroup()));
                row.add(null);
                rows.add(row);
            }
        }
        return sheet(layout, year, columns, rows, elementReference(reference), notes(layout, year, true));
    }

    private TemplateSheet assessment(SourceLayout layout, int year) {
        List<TemplateColumn> columns = new ArrayList<>();
        for (SourceField field : SourceField.values()) {
            layout.field(field).map(ColumnSpec::header).ifPresent(header -> columns.add(switch (field) {
                case STATUS -> TemplateColumn.choice(header, List.copyOf(layout.statusValues().keySet()));
                case NOTE -> TemplateColumn.text(header, "未达标或无数据时请简述原因（选填）");
                default -> TemplateColumn.fixed(header);
            }));
        }
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> reference = new ArrayList<>();
        for (Plan plan : plansIn(year)) {
            for (Indicator indicator : plan.indicators().filter(i -> !i.quantitative()).toList()) {
                reference.add(List.of(indicator.code(), indicator.name(), plan.name(),
                        indicator.target() == null || indicator.target().text() == null ? ""
                                : indicator.target().text()));
                for (Region region : regions(year)) {
                    List<String> row = new ArrayList<>();
                    for (SourceField field : SourceField.values()) {
                        layout.field(field).ifPresent(spec -> row.add(switch (field) {
                            case REGION_CODE -> region.code();
                            case REGION_NAME -> region.name();
                            case YEAR -> Integer.toString(year);
                            case INDICATOR_CODE -> indicator.code();
                            default -> null;
                        }));
                    }
                    rows.add(row);
                }
            }
        }
        return new TemplateSheet(sheetName(layout), title(layout, year), columns, rows, notes(layout, year, false),
                reference, List.of("指标代码", "指标名称", "规划", "目标"));
    }

    private TemplateSheet sheet(SourceLayout layout, int year, List<TemplateColumn> columns, List<List<String>> rows,
                                List<List<String>> reference, List<String> notes) {
        return new TemplateSheet(sheetName(layout), title(layout, year), columns, rows, notes, reference,
                List.of("列名 / 数据项", "数据项代码", "单位", "填写要求", "指标解释", "来源报表"));
    }

    private static String sheetName(SourceLayout layout) {
        return layout.sheet() != null ? layout.sheet() : "填报表";
    }

    private static String title(SourceLayout layout, int year) {
        return year + "年" + layout.name() + "（" + layout.department() + "填报）";
    }

    private static List<TemplateColumn> regionColumns(SourceLayout layout) {
        List<TemplateColumn> columns = new ArrayList<>();
        for (SourceField field : List.of(SourceField.REGION_CODE, SourceField.REGION_NAME, SourceField.YEAR)) {
            layout.field(field).map(ColumnSpec::header).map(TemplateColumn::fixed).ifPresent(columns::add);
        }
        return columns;
    }

    private static List<String> regionCells(SourceLayout layout, Region region, int year) {
        List<String> row = new ArrayList<>();
        layout.field(SourceField.REGION_CODE).ifPresent(s -> row.add(region.code()));
        layout.field(SourceField.REGION_NAME).ifPresent(s -> row.add(region.name()));
        layout.field(SourceField.YEAR).ifPresent(s -> row.add(Integer.toString(year)));
        return row;
    }

    private TemplateColumn valueColumn(String header, DataElement element, String columnUnit, SourceLayout layout) {
        String unit = columnUnit != null ? columnUnit : element.unit();
        boolean inElementUnit = columnUnit == null || columnUnit.equals(element.unit());
        boolean whole = element.countsWhole() && inElementUnit;
        List<Double> range = inElementUnit ? element.range() : null;
        String rule = (range != null ? "填写" + plain(range.get(0)) + "至" + plain(range.get(1)) + "之间的数"
                : whole ? "填写不小于0的整数" : "填写不小于0的数") + "（单位：" + unit + "）" + missingWords(layout);
        return new TemplateColumn(header, true, numberCheck(range, whole, layout), List.of(), rule, element.code(),
                unit, element.definition() != null ? element.definition() : element.name(), element.sourceForm());
    }

    /** An Excel custom-validation formula: a layout's missing code, or a number in range (whole for counts). */
    private static String numberCheck(List<Double> range, boolean whole, SourceLayout layout) {
        String low = range == null ? "0" : plain(range.get(0));
        String high = range == null ? LARGEST : plain(range.get(1));
        List<String> allowed = new ArrayList<>();
        for (String code : layout.missingCodes().keySet()) {
            allowed.add(isNumber(code) ? "{cell}=" + code : "{cell}=\"" + code.replace("\"", "\"\"") + "\"");
        }
        allowed.add("AND(ISNUMBER({cell}),{cell}>=" + low + ",{cell}<=" + high
                + (whole ? ",{cell}=INT({cell})" : "") + ")");
        return allowed.size() == 1 ? allowed.get(0) : "OR(" + String.join(",", allowed) + ")";
    }

    private static String missingWords(SourceLayout layout) {
        StringBuilder words = new StringBuilder();
        layout.missingCodes().forEach((code, reason) -> words.append("；").append(reason).append("填 ").append(code));
        return words.append("；无法取得的留空").toString();
    }

    private static List<List<String>> elementReference(List<TemplateColumn> columns) {
        return columns.stream().filter(c -> c.elementCode() != null).map(c -> List.of(c.header(), c.elementCode(),
                c.unit(), c.rule(), c.explain(), c.sourceForm() == null ? "" : c.sourceForm())).toList();
    }

    private List<String> notes(SourceLayout layout, int year, boolean figures) {
        List<String> notes = new ArrayList<>();
        notes.add("本表为《" + layout.name() + "》" + year + "年填报模板，由" + layout.department() + "填报；统计期间："
                + layout.period() + "。");
        notes.add("只填写白色单元格。灰色单元格（地区、年份等）已按" + year + "年行政区划填好，请勿修改；"
                + "不要插入或删除行列、合并单元格、隐藏行列，也不要改动表头。");
        if (figures) {
            notes.add("数值只填数字本身：不带单位、不加千分位逗号、不用公式、不填文字；单位以下表为准。");
            if (!layout.missingCodes().isEmpty()) {
                StringBuilder codes = new StringBuilder("缺失值：");
                layout.missingCodes().forEach((code, reason) -> codes.append(code).append(" 表示").append(reason)
                        .append("；"));
                notes.add(codes + "数据确实无法取得的留空。");
            } else {
                notes.add("数据确实无法取得的留空，不要填 0。");
            }
            String city = catalog.regions().city().name();
            notes.add(city + "一行：人数、个数等可加总的数据项应等于各县区之和（导入时逐项核对）；比率、年限等由市级直接填报。");
            for (ValidationRule rule : rulesWithin(layout)) {
                notes.add("校验：" + rule.message());
            }
        } else {
            notes.add("达标情况从下拉列表中选择；未达标或无数据的，请在说明栏简述原因。指标含义见下表。");
        }
        notes.add("填好后保存为 .xlsx，放入 inbox/" + layout.id() + "/" + year + "/，或用 lianggang ingest 导入。");
        return notes;
    }

    private List<ValidationRule> rulesWithin(SourceLayout layout) {
        Set<String> elements = new LinkedHashSet<>();
        layout.values().forEach(v -> elements.add(v.element()));
        return catalog.validationRules().stream().filter(r -> layout.shape() == LayoutShape.LONG
                || elements.contains(r.left().element()) && elements.contains(r.right().element())).toList();
    }

    private List<Region> regions(int year) {
        return catalog.regions().all().stream().filter(r -> r.validIn(year)).toList();
    }

    private List<Plan> plansIn(int year) {
        return catalog.monitored().stream().filter(p -> p.covers(year)).toList();
    }

    /** Every element part (element, sex, area, age group) the plans monitored that year compute from. */
    private List<ElementRef> elementParts(int year) {
        Set<ElementRef> parts = new LinkedHashSet<>();
        for (Plan plan : plansIn(year)) {
            plan.indicators().filter(i -> i.computation() != null)
                    .flatMap(i -> i.computation().references()).forEach(parts::add);
        }
        return List.copyOf(parts);
    }

    private static String describe(ElementRef ref) {
        String sex = switch (ref.sex()) {
            case "F" -> "（女）";
            case "M" -> "（男）";
            default -> "";
        };
        String area = switch (ref.area()) {
            case "urban" -> "（城镇）";
            case "rural" -> "（农村）";
            default -> "";
        };
        return sex + area + (ref.ageGroup() == null ? "" : "（" + ref.ageGroup() + "）");
    }

    /** The first word of a layout's map that stands for the code: 合计 for T, 女 for F. */
    private static String word(Map<String, String> words, String code) {
        return words.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst()
                .orElse("");
    }

    private static boolean isNumber(String text) {
        return text.matches("-?\\d+(\\.\\d+)?");
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
