package org.lianggang.report;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * Native Word bar charts (达标率 by domain, by region): drawn by Word or WPS from the chart's own embedded workbook,
 * so a bureau can restyle a chart or read its figures there. Horizontal bars, the chart as tall as its categories.
 */
final class DocxCharts {

    private static final int WIDTH_CM = 15;
    private static final byte[] BAR_COLOUR = {(byte) 0x44, (byte) 0x72, (byte) 0xC4};

    private DocxCharts() {
    }

    static void bars(XWPFDocument document, String title, List<String> categories, List<Double> values)
            throws Exception {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        double heightCm = Math.max(5, 1.5 + 0.6 * categories.size());
        XWPFChart chart = document.createChart(paragraph.createRun(), WIDTH_CM * Units.EMU_PER_CENTIMETER,
                (int) Math.round(heightCm * Units.EMU_PER_CENTIMETER));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);

        int n = categories.size();
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromArray(categories.toArray(String[]::new),
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        XDDFNumericalDataSource<Double> rates = XDDFDataSourcesFactory.fromArray(values.toArray(Double[]::new),
                chart.formatRange(new CellRangeAddress(1, n, 1, 1)), 1);
        fillSheet(chart, title, categories, values);

        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMinimum(0);
        valueAxis.setMaximum(100);

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        bars.setBarDirection(BarDirection.BAR);
        bars.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(names, rates);
        series.setTitle("达标率", new CellReference(chart.getWorkbook().getSheetAt(0).getSheetName(), 0, 1, true,
                true));
        // An explicit fill: without one LibreOffice draws the bars invisible. Values printed at the bars' ends.
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
        CTDLbls labels = series.getCTBarSer().addNewDLbls();
        labels.addNewShowVal().setVal(true);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
        chart.plot(bars);
    }

    /** The embedded workbook holds the same figures, so that "edit data" in Word shows them. */
    private static void fillSheet(XWPFChart chart, String title, List<String> categories, List<Double> values)
            throws Exception {
        XSSFSheet sheet = chart.getWorkbook().getSheetAt(0);
        XSSFRow header = sheet.createRow(0);
        header.createCell(0).setCellValue(title);
        header.createCell(1).setCellValue("达标率");
        for (int i = 0; i < categories.size(); i++) {
            XSSFRow row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(categories.get(i));
            if (values.get(i) != null) {
                row.createCell(1).setCellValue(values.get(i));
            }
        }
    }
}
