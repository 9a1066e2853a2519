package org.lianggang.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.lianggang.ClassPathText;

/**
 * The region a report document is about: the {@code --region} given, or the warehouse's root. Resolved here once,
 * so that the document queries under {@code report/html/} and {@code report/docx/} take it as a plain parameter.
 */
final class ReportRegion {

    private static final String ROOT = ClassPathText.read("report/root-region.sql");
    private static final String NAME = ClassPathText.read("report/region-name.sql");

    private ReportRegion() {
    }

    /** The filter's region, or the root (null only in a warehouse without regions). */
    static String code(Connection connection, ReportFilter filter) throws SQLException {
        if (filter.region() != null) {
            return filter.region();
        }
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(ROOT)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The region's name ("" for a code the warehouse does not know). */
    static String name(Connection connection, String code) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(NAME)) {
            statement.setString(1, code);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getString(1) != null ? rs.getString(1) : "";
            }
        }
    }
}
