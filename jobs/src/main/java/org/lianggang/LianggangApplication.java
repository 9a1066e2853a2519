package org.lianggang;

import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * lianggang: department exports → Spring Batch ingest → Parquet lake → DuckDB warehouse → 监测统计报告.
 * The command line is picocli; Spring holds the jobs, the JobRepository and the configuration.
 */
@SpringBootApplication
@EnableConfigurationProperties(LianggangProperties.class)
public class LianggangApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(LianggangApplication.class, homeFirst(args))));
    }

    /**
     * The global {@code --home} option must be known before Spring starts, because the JobRepository lives under
     * it; it is turned into the {@code lianggang.home} property here and left in the arguments for picocli.
     */
    static String[] homeFirst(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String home = args[i].startsWith("--home=") ? args[i].substring(7)
                    : args[i].equals("--home") && i + 1 < args.length ? args[i + 1] : null;
            if (home != null) {
                System.setProperty("lianggang.home", Path.of(home).toAbsolutePath().normalize().toString());
            }
        }
        return args;
    }
}
