import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the benchmark's input (run by scripts/bench-ingest): a regions file with COUNTIES county codes, and a
 * long-format export (schemas/sources/data-values-long.yaml) of ROWS rows, every key (county × element × sex ×
 * area × age group) once. Elements are read from catalog/elements.yaml so the export fits the catalog, and the
 * figures keep the catalog's validation rules, which a long file is checked against across its rows.
 *
 * <p>Usage: java BenchExport.java SCHEMAS_COPY OUT.csv ROWS COUNTIES YEAR
 */
public class BenchExport {

    static final List<String> SEXES = List.of("合计", "女", "男");
    static final List<String> AREAS = List.of("合计", "城镇", "农村");
    static final List<String> AGES = List.of("", "0-4岁", "5-14岁", "15-24岁", "25-44岁", "45-64岁", "65岁及以上");

    public static void main(String[] args) throws IOException {
        Path schemas = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long rows = Long.parseLong(args[2]);
        int counties = Integer.parseInt(args[3]);
        String year = args[4];
        List<String> elements = new ArrayList<>();
        for (String line : Files.readAllLines(schemas.resolve("catalog/elements.yaml"))) {
            int at = line.indexOf("{code: ");
            if (at >= 0) {
                elements.add(line.substring(at + 7, line.indexOf(',', at)).strip());
            }
        }
        long keysPerCounty = (long) elements.size() * SEXES.size() * AREAS.size() * AGES.size();
        if (keysPerCounty * counties < rows) {
            throw new IllegalArgumentException("only " + keysPerCounty * counties + " distinct keys for " + rows);
        }
        writeRegions(schemas.resolve("regions"), counties);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out),
                StandardCharsets.UTF_8), 1 << 20)) {
            w.write("地区代码,地区,年份,数据项,性别,城乡,年龄组,数值\n");
            long perCounty = (rows + counties - 1) / counties;
            long written = 0;
            for (int c = 0; c < counties && written < rows; c++) {
                String region = code(c) + ",县" + c + "," + year + ",";
                for (long k = 0; k < perCounty && written < rows; k++, written++) {
                    int age = (int) (k % AGES.size());
                    int area = (int) (k / AGES.size() % AREAS.size());
                    int sex = (int) (k / AGES.size() / AREAS.size() % SEXES.size());
                    int element = (int) (k / AGES.size() / AREAS.size() / SEXES.size());
                    w.write(region);
                    w.write(elements.get(element));
                    w.write(',');
                    w.write(SEXES.get(sex));
                    w.write(',');
                    w.write(AREAS.get(area));
                    w.write(',');
                    w.write(AGES.get(age));
                    w.write(',');
                    // Every rule of catalog/validation-rules.yaml is a part <= its whole, between two elements of
                    // one disaggregation or 女 against 合计: a figure that does not depend on the element, and is
                    // doubled for 合计, keeps them all, so the file loads.
                    long figure = (c * 7919L + area * 977L + age * 131L) % 50_000;
                    w.write(Long.toString(sex == 0 ? 2 * figure : figure));
                    w.write('\n');
                }
            }
        }
    }

    static String code(int county) {
        return Integer.toString(110101 + county);
    }

    /** Replaces the copy's regions with one national file: a root region and COUNTIES counties. */
    static void writeRegions(Path dir, int counties) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        StringBuilder yaml = new StringBuilder("city: {code: \"100000\", name: 全国}\ncounties:\n");
        for (int c = 0; c < counties; c++) {
            yaml.append("  - {code: \"").append(code(c)).append("\", name: 县").append(c).append("}\n");
        }
        Files.writeString(dir.resolve("national.yaml"), yaml);
    }
}
