package org.lianggang.ingest.map.value;

import org.lianggang.Messages;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses value cells of department exports: plain, thousand-separated or Excel-scientific numbers, optionally
 * followed by a unit (98.82%, 4.64‰, 9.4/10万, 8.33万人, 12个) that must fit the column's unit. Blanks, placeholders
 * and the form's missing codes are missing, never zero. Full-width digits and punctuation read as half-width.
 */
public final class ValueParser {

    /**
     * Count words taken as a unit in a cell even when the column's unit is another or unknown; any other trailing
     * text (12以上) makes the cell not a number. The column's own unit word is always accepted as well.
     */
    private static final Set<String> COUNT_WORDS =
            Set.of("人", "人次", "个", "例", "岁", "年", "户", "元", "次", "名", "所", "家");
    private static final Set<String> PLACEHOLDERS = Set.of("无", "/", "空白", "空", "NA", "N/A", "不详");
    private static final Pattern DASHES = Pattern.compile("[-—–―]+");
    private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("([0-9.,eE+-]+)\\s*(.*)");
    // Exponents as Excel writes them (at most three digits) keep BigDecimal's scale far from overflow.
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    private ValueParser() {
    }

    /**
     * Parses a cell whose column unit is not known and where a written unit is not accepted: "98%" is not a number.
     * Equivalent to {@link #parse(String, String, Map)} for cells without a unit and without missing codes.
     */
    static ParsedCell parse(String cell) {
        String text = normalize(cell);
        return missing(text, Map.of()).orElseGet(() -> decimal(text).map(ValueParser::number)
                .orElseGet(ParsedCell::notANumber));
    }

    /**
     * Parses a cell of a column whose values are in {@code columnUnit} (人, %, ‰, 1/10万, 1/万, 万人, 个, 岁…; null when
     * unknown), keeping the value in the column's unit. See {@link #parse(String, String, String, Map)}.
     */
    static ParsedCell parse(String cell, String columnUnit, Map<String, String> missingCodes) {
        return parse(cell, columnUnit, columnUnit, missingCodes);
    }

    /**
     * Parses a cell of a column whose values are in {@code columnUnit} and returns the value in {@code targetUnit},
     * the unit its element is stored in: "8.33万人" in a 人 column is 83300, and so is "8.33" in a 万人 column when
     * the element is counted in 人, so that a county reporting in 万人 sums with one reporting in 人. A written unit
     * that contradicts the column gives {@link ParsedCell#unitMismatch(String)}; with an unknown column unit, rates
     * are taken as written and 万/亿 still scale.
     *
     * @param missingCodes cell texts (compared after full-width normalisation) that the form defines as missing,
     *                     mapped to the reason stored with the missing value, e.g. {"-2": "未开展工作"}; may be null
     * @throws IllegalArgumentException when the column's unit cannot be converted into the target unit (a count in
     *                                  a rate, 户 into 人): the layout is wrong, not the cell
     */
    public static ParsedCell parse(String cell, String columnUnit, String targetUnit, Map<String, String> missingCodes) {
        String text = normalize(cell);
        Optional<ParsedCell> missing = missing(text, missingCodes == null ? Map.of() : missingCodes);
        if (missing.isPresent()) {
            return missing.get();
        }
        Matcher parts = NUMBER_THEN_UNIT.matcher(text);
        if (!parts.matches()) {
            return ParsedCell.notANumber();
        }
        Optional<BigDecimal> number = decimal(parts.group(1));
        if (number.isEmpty()) {
            return ParsedCell.notANumber();
        }
        Unit column = unit(columnUnit);
        Unit target = unit(targetUnit);
        if (column != null && target != null && !column.fits(target)) {
            throw new IllegalArgumentException("a column in " + columnUnit + " cannot hold an element in " + targetUnit);
        }
        String written = parts.group(2);
        return written.isEmpty() ? number(convert(number.get(), column, target))
                : withUnit(number.get(), written, column, target == null ? column : target);
    }

    /**
     * Full-width forms (U+FF01–FF5E) become ASCII, ideographic, no-break, thin and figure spaces become spaces, and
     * the invisible characters that text pasted from web pages and chat apps carries (zero-width space and joiners,
     * word joiner, byte-order mark) are dropped: the cell reads as the person sees it. Then stripped. Also used for
     * region codes and years, which clerks type in full width as often as figures.
     */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u2009') {
                out.append(' ');
            } else if (invisible(c)) {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    /** Zero-width space, non-joiner and joiner, word joiner, byte-order mark (zero-width no-break space). */
    static boolean invisible(char c) {
        return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** Whether cells in one unit can be stored in the other: 万人 and 人, % and %; not 户 and 人, nor % and 人. */
    public static boolean unitsFit(String from, String to) {
        Unit a = unit(from);
        Unit b = unit(to);
        return a == null || b == null || a.fits(b);
    }

    /** Whether reading a figure in this unit changes it: 万人 (×10000), % and ‰; not 人, 户 or 例. */
    public static boolean scales(String unit) {
        Unit u = unit(unit);
        return u != null && u.scale().compareTo(BigDecimal.ONE) != 0;
    }

    /** Whether two unit texts are one unit: 万人 and 万人, /10万 and 1/10万; not 万人 and 人. */
    public static boolean sameUnit(String first, String second) {
        Unit a = unit(first);
        Unit b = unit(second);
        return a != null && b != null && a.fits(b) && a.scale().compareTo(b.scale()) == 0;
    }

    private static Optional<ParsedCell> missing(String text, Map<String, String> missingCodes) {
        if (text.isEmpty()) {
            return Optional.of(ParsedCell.missing("blank"));
        }
        // A form's own code wins over the generic reading of the same text (a form may define "-" itself).
        for (Map.Entry<String, String> code : missingCodes.entrySet()) {
            if (normalize(code.getKey()).equals(text)) {
                return Optional.of(ParsedCell.missing(Objects.requireNonNullElse(code.getValue(), "code " + text)));
            }
        }
        if (DASHES.matcher(text).matches() || PLACEHOLDERS.contains(text.toUpperCase(Locale.ROOT))) {
            return Optional.of(ParsedCell.missing("placeholder " + text));
        }
        return Optional.empty();
    }

    /** The number in a plain or thousand-separated text; a comma anywhere else ("4,5") is not a number. */
    private static Optional<BigDecimal> decimal(String text) {
        boolean grouped = text.indexOf(',') >= 0;
        if (!(grouped ? GROUPED : NUMBER).matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(grouped ? text.replace(",", "") : text));
    }

    private static Unit unit(String text) {
        String unit = normalize(text);
        return unit.isEmpty() ? null : Unit.of(unit);
    }

    private static ParsedCell withUnit(BigDecimal number, String written, Unit column, Unit target) {
        Unit cell = Unit.of(written);
        if (!cell.isRate() && !cell.word().isEmpty() && !COUNT_WORDS.contains(cell.word())
                && (column == null || !cell.word().equals(column.word()))) {
            return ParsedCell.notANumber();
        }
        if (column != null && !cell.fits(column)) {
            return ParsedCell.unitMismatch(Messages.text("problem.unit-written", written, column.text()));
        }
        return number(convert(number, cell, target));
    }

    /**
     * A number in one unit expressed in another. Powers of ten divide exactly, so "8.33万" is 83300 and "83300人" in a
     * 万人 unit is 8.33, with no drift. Into an unknown unit, rates stay as written and 万/亿 still scale.
     */
    private static BigDecimal convert(BigDecimal number, Unit from, Unit to) {
        if (from == null) {
            return number;
        }
        return to == null ? number.multiply(from.multiplier()) : number.multiply(from.scale()).divide(to.scale());
    }

    private static ParsedCell number(BigDecimal number) {
        double value = number.doubleValue();
        return Double.isFinite(value) ? ParsedCell.number(value) : ParsedCell.notANumber();
    }

    /**
     * A unit written after a number or declared for a column: a rate (canonical %, ‰, 1/万, 1/10万), or a count
     * word (possibly empty) with a 万 or 亿 multiplier (1 when none).
     */
    private record Unit(String text, String rate, BigDecimal multiplier, String word) {

        private static final Map<String, BigDecimal> RATE_SCALES = Map.of("%", new BigDecimal("0.01"),
                "‰", new BigDecimal("0.001"), "1/万", new BigDecimal("0.0001"), "1/10万", new BigDecimal("0.00001"));
        private static final Map<String, String> RATES = Map.of("%", "%", "‰", "‰", "/万", "1/万", "1/万", "1/万",
                "/10万", "1/10万", "1/10万", "1/10万", "/十万", "1/10万", "1/十万", "1/10万");
        private static final Pattern COUNT = Pattern.compile("([万亿]?)(.*)", Pattern.DOTALL);

        static Unit of(String text) {
            String rate = RATES.get(text);
            if (rate != null) {
                return new Unit(text, rate, BigDecimal.ONE, "");
            }
            Matcher count = COUNT.matcher(text);
            count.matches();
            BigDecimal multiplier = switch (count.group(1)) {
                case "万" -> BigDecimal.TEN.pow(4);
                case "亿" -> BigDecimal.TEN.pow(8);
                default -> BigDecimal.ONE;
            };
            return new Unit(text, null, multiplier, count.group(2));
        }

        /** How many of the base unit one of this is: 10000 for 万人, 0.01 for %. */
        BigDecimal scale() {
            return isRate() ? RATE_SCALES.get(rate) : multiplier;
        }

        boolean isRate() {
            return rate != null;
        }

        /** Rates fit only the same rate; counts fit counts unless both name a word and the words differ. */
        boolean fits(Unit column) {
            if (isRate() || column.isRate()) {
                return Objects.equals(rate, column.rate());
            }
            return word.isEmpty() || column.word().isEmpty() || word.equals(column.word());
        }
    }
}
