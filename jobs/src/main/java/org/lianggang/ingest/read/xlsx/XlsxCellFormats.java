package org.lianggang.ingest.read.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The number format of each cell style of a workbook, as POI's sheet handler finds it (the style's format, else the
 * built-in format of its id), read once per style: through XMLBeans it costs microseconds, and a sheet asks for it in
 * every numeric cell. Not thread-safe: one per sheet being read.
 */
final class XlsxCellFormats {

    /** A number format: its id and its format string. */
    record Format(short index, String text) {
    }

    private static final Format NONE = new Format((short) -1, null);

    private final Styles styles;
    /** The formats of styles 0 … 1023 by their id, the few beyond in a map. */
    private final Format[] byLowStyle = new Format[1024];
    private final Map<Integer, Format> byStyle = new HashMap<>();
    private Format unstyled;

    XlsxCellFormats(Styles styles) {
        this.styles = styles;
    }

    /** The format of the style a cell's {@code s} attribute names (style 0 when it has none); null when none. */
    Format of(String styleAttribute) {
        Format format;
        if (styleAttribute != null) {
            int style = Integer.parseInt(styleAttribute.trim());
            if (style >= 0 && style < byLowStyle.length) {
                format = byLowStyle[style];
                if (format == null) {
                    format = read(styles.getStyleAt(style));
                    byLowStyle[style] = format;
                }
            } else {
                format = byStyle.computeIfAbsent(style, i -> read(styles.getStyleAt(i)));
            }
        } else {
            if (unstyled == null) {
                unstyled = styles.getNumCellStyles() > 0 ? read(styles.getStyleAt(0)) : NONE;
            }
            format = unstyled;
        }
        return format.text() == null ? null : format;
    }

    private static Format read(XSSFCellStyle style) {
        if (style == null) {
            return NONE;
        }
        short index = style.getDataFormat();
        String text = style.getDataFormatString();
        return new Format(index, text != null ? text : BuiltinFormats.getBuiltinFormat(index));
    }
}
