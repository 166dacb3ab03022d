package vn.lantoa.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import vn.lantoa.LanToaApplication;

class StartupFailureAnalyzersTests {

    @Test
    void aPortInUseIsExplainedInVietnameseAndEnglish() {
        FailureAnalysis analysis = new StartupFailureAnalyzers.PortInUse().analyze(new PortInUseException(8080));
        assertThat(analysis.getDescription()).contains("Cổng 8080 đang bị chương trình khác dùng", "Port 8080");
        assertThat(analysis.getAction()).contains("--server.port");
    }

    @Test
    void anUnreachableExternalDatabaseStopsTheStartWithAnExplanation() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SpringApplication app = new SpringApplication(LanToaApplication.class);
        String[] args = {
            "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/lantoa",
            "--spring.datasource.username=nobody",
            "--spring.datasource.password=nothing",
            "--spring.datasource.hikari.connection-timeout=2000",
            "--server.port=0",
            "--spring.main.banner-mode=off"
        };
        assertThatThrownBy(() -> app.run(args)).satisfies(failure -> {
            FailureAnalysis analysis = new StartupFailureAnalyzers.DatabaseUnreachable().analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("Không kết nối được tới PostgreSQL");
            assertThat(analysis.getAction()).contains("spring.datasource.url");
        });
    }
}
