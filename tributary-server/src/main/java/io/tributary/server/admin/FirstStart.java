package io.tributary.server.admin;

import io.tributary.server.account.AccountService;
import io.tributary.server.account.DeveloperCredentials;
import io.tributary.server.shared.PrivateFiles;
import io.tributary.server.shared.TributaryProperties;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * First start with an empty database: create one developer, print its three environments' credentials once
 * to the console (not to the log: logs never carry secrets) and write them to {@code
 * TRIBUTARY_DATA_DIR/first-developer.json} with mode 600.
 */
@Component
public class FirstStart implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    private final AccountService accounts;
    private final TributaryProperties props;
    private final JsonMapper json;

    public FirstStart(AccountService accounts, TributaryProperties props, JsonMapper json) {
        this.accounts = accounts;
        this.props = props;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.developerCount() > 0) return;
        DeveloperCredentials creds = accounts.createDeveloper("default");
        Path file = props.dataDir().resolve("first-developer.json");
        PrivateFiles.directory(props.dataDir());
        PrivateFiles.write(
                file,
                json.rebuild()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .build()
                        .writeValueAsString(creds));
        print(System.out, creds, file);
        log.info("Created the first developer; credentials written to {}", file.toAbsolutePath());
    }

    static void print(PrintStream out, DeveloperCredentials creds, Path file) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n==================== Tributary: first developer created ====================\n");
        sb.append("developer_id: ").append(creds.developerId()).append('\n');
        for (DeveloperCredentials.EnvironmentCredentials e : creds.environments()) {
            sb.append('\n').append("[").append(e.name()).append("]\n");
            sb.append("  dev-id:         ").append(e.devId()).append('\n');
            sb.append("  x-api-key:      ").append(e.apiKey()).append('\n');
            sb.append("  signing secret: ").append(e.signingSecret()).append('\n');
        }
        sb.append("\nShown once. Also saved to ").append(file.toAbsolutePath()).append(" (mode 600).\n");
        sb.append("=============================================================================\n");
        out.print(sb);
        out.flush();
    }
}
