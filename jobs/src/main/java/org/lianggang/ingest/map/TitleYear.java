package org.lianggang.ingest.map;

import org.lianggang.Messages;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lianggang.ingest.map.value.ValueParser;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;
import org.lianggang.ingest.read.row.ExportRow;

/**
 * The report year a title row above the header names (2018年教育事业统计表), as evidence like the file name's: a
 * title naming exactly one year that is not the load's refuses the file. Dates (2020年1月15日) are not report years,
 * nor are school years written 2019/2020学年.
 */
public final class TitleYear {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d/-])((?:19|20)\\d{2})\\s*年(?!\\s*\\d)");

    private TitleYear() {
    }

    public static Optional<Problem> check(List<ExportRow> above, LoadContext load) {
        List<Integer> years = above.stream().flatMap(row -> row.cells().stream()).map(ValueParser::normalize)
                .flatMap(cell -> YEAR.matcher(cell).results().map(m -> Integer.valueOf(m.group(1)))).distinct()
                .toList();
        if (years.size() != 1 || years.get(0) == load.year()) {
            return Optional.empty();
        }
        int year = years.get(0);
        ExportRow row = above.stream().filter(r -> r.cells().stream().map(ValueParser::normalize)
                .anyMatch(c -> YEAR.matcher(c).find())).findFirst().orElseThrow();
        String cell = row.cells().stream().filter(c -> YEAR.matcher(ValueParser.normalize(c)).find()).findFirst()
                .orElseThrow().strip();
        return Optional.of(new Problem(ProblemCode.WRONG_YEAR, load.fileName(), row.number(), "", cell,
                Messages.text("problem.title-year", year, load.year())));
    }
}
