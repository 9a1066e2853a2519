package org.lianggang.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One sheet of an .xls workbook (Excel 97–2003), read with HSSF. The whole workbook is held in memory, which the
 * format's limit of 65,536 rows keeps small; rows are still converted to text one at a time.
 */
final class XlsSheetRows implements TabularFile {

    private final HSSFWorkbook workbook;
    private final Sheet sheet;
    private final boolean date1904;
    private final WorkbookCellText text = new WorkbookCellText();

    private XlsSheetRows(HSSFWorkbook workbook, Sheet sheet) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    /**
     * Opens the named sheet, or the first, of an OLE2 file. A password-protected workbook, .xls or .xlsx (Excel
     * stores both encrypted inside OLE2), and any file HSSF cannot read are rejected as {@code FILE_UNREADABLE}.
     */
    static XlsSheetRows open(Path file, String sheetName) {
        String fileName = file.getFileName().toString();
        HSSFWorkbook workbook;
        // Without preserved nodes HSSF copies what it needs, so the file can be closed at once.
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            workbook = new HSSFWorkbook(fs.getRoot(), false);
        } catch (EncryptedDocumentException e) {
            throw WorkbookExports.unreadable(fileName, "the workbook is password-protected; remove the password in"
                    + " Excel (文件 > 信息 > 保护工作簿 > 用密码进行加密) and save it again");
        } catch (OldExcelFormatException e) {
            throw WorkbookExports.unreadable(fileName, "the workbook is in the Excel 5.0/95 format, too old to read;"
                    + " open it in Excel and save it as .xlsx");
        } catch (IOException | RuntimeException e) {
            // HSSF reports a damaged file through many exception types, most of them unchecked.
            throw WorkbookExports.damaged(fileName, e);
        }
        List<String> names = new ArrayList<>();
        workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
        try {
            return new XlsSheetRows(workbook, workbook.getSheetAt(WorkbookExports.sheetIndex(names, sheetName,
                    fileName)));
        } catch (InputRejectedException e) {
            closeQuietly(workbook, e);
            throw e;
        }
    }

    @Override
    public Iterator<ExportRow> rows() {
        Iterator<Row> physical = sheet.rowIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return physical.hasNext();
            }

            @Override
            public ExportRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return row(physical.next());
            }
        };
    }

    private ExportRow row(Row row) {
        int width = Math.max(row.getLastCellNum(), 0);
        List<String> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            cells.add(text.text(row.getCell(c), date1904));
        }
        return new ExportRow(row.getRowNum() + 1L, cells);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private static void closeQuietly(HSSFWorkbook workbook, RuntimeException cause) {
        try {
            workbook.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
