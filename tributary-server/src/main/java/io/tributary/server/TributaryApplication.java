package io.tributary.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TributaryApplication {
    public static void main(String[] args) {
        commonPoolOfAtLeastTwo();
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("rotate-key")) {
            System.exit(RotateKeyCommand.run(
                    java.util.Arrays.copyOfRange(args, 1, args.length), System.getenv(), System.out, System.err));
        }
        SpringApplication.run(TributaryApplication.class, args);
    }

    /**
     * On a machine with fewer than three cores the JDK's common ForkJoinPool has parallelism 1, and then every
     * {@code CompletableFuture} async step without an explicit executor runs on a brand-new thread (JDK {@code
     * ThreadPerTaskExecutor}): libraries that use them would start a thread per call. Unless the operator chose a
     * value, give the pool two threads. Only effective before anything touched the pool, hence first in main.
     */
    static void commonPoolOfAtLeastTwo() {
        String key = "java.util.concurrent.ForkJoinPool.common.parallelism";
        if (System.getProperty(key) == null && Runtime.getRuntime().availableProcessors() < 3)
            System.setProperty(key, "2");
    }
}
