package vn.lantoa.platform.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import vn.lantoa.platform.LanToaIntegrationTest;

/** The running connector has room for a whole page in its socket write buffer. */
@LanToaIntegrationTest
class ServerConfigurationTests {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void aPageLeavesInOneWrite() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        assertThat(server.getTomcat().getConnector().getProperty("socket.appWriteBufSize"))
                .hasToString("32768");
    }
}
