package org.lianggang.ingest;

import org.lianggang.Messages;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lianggang.ingest.problem.InputRejectedException;
import org.lianggang.ingest.problem.Problem;
import org.lianggang.ingest.problem.ProblemCode;

/**
 * The report year of a load: given on the command line, or read from the file name when it names exactly one year
 * (2019年妇幼卫生年报.xlsx). When both are present they must agree.
 */
final class LoadYear {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    private LoadYear() {
    }

    static int resolve(String fileName, Integer given) {
        Set<Integer> named = YEAR.matcher(fileName).results().map(MatchResult::group).map(Integer::valueOf)
                .collect(Collectors.toSet());
        Integer fromName = named.size() == 1 ? named.iterator().next() : null;
        if (given != null && fromName != null && !given.equals(fromName)) {
            throw new InputRejectedException(List.of(Problem.ofFile(ProblemCode.WRONG_YEAR, fileName,
                    Messages.text("problem.file-name-year", fromName, given))));
        }
        if (given != null) {
            return given;
        }
        if (fromName == null) {
            throw new IllegalArgumentException(fileName + ": give --year (the file name does not name one year)");
        }
        return fromName;
    }
}
